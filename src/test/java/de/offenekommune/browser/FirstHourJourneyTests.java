package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import de.offenekommune.SeparateCopy;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestMail;
import de.offenekommune.notification.internal.OutboxMail;

/**
 * The first hour of a new installation, in one go, on a database of its own without demo content: the
 * operator's first login, an organization, an invitation by mail, the organizer's own password, an event
 * made in the editor and published, a citizen on a phone who registers and confirms from the mail, and the
 * organizer who sees them and cancels after being asked. Every page passes axe-core at 1280 and 375 px
 * without sideways scrolling; screenshots of both widths go to {@code target/screenshots/first-hour}.
 */
@BrowserTest
class FirstHourJourneyTests {

    private static final String ADMIN_EMAIL = "verwaltung@wuppertal.example.org";
    private static final String ADMIN_PASSWORD = "Rathaus Barmen, Zimmer 12";
    private static final String ORGANIZATION = "Initiative Offene Kommunen.NRW";
    private static final String TITLE = "Offene Kommunen.NRW – Schritte in die Praxis";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "first-hour");
    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
    /** Mails link to the configured site address; the copy answers on a port of its own. */
    private static final Pattern SITE = Pattern.compile("http://localhost:8080(/[^\\s\"<]+)");

    private static SeparateCopy copy;

    @BeforeAll
    static void a_new_installation() {
        copy = SeparateCopy.fresh("--ok.admin.email=" + ADMIN_EMAIL, "--ok.admin.password=" + ADMIN_PASSWORD);
    }

    @AfterAll
    static void is_taken_down() {
        if (copy != null) {
            copy.close();
        }
    }

    @Test
    void from_the_operators_first_login_to_a_cancelled_registration(Page page) {
        Browser browser = page.context().browser();
        TestMail mails = copy.context().getBean(TestMail.class);
        String organizerEmail = TestFixtures.unique("erika") + "@oknrw.example.org";
        String citizenEmail = TestFixtures.unique("anna") + "@example.org";

        // GIVEN the operator logs in for the first time
        try (BrowserContext operatorBrowser = newContext(browser)) {
            Page operator = operatorBrowser.newPage();
            operator.navigate("/");
            look(operator, "01-start-empty");
            operator.navigate("/login");
            operator.getByLabel("E-Mail-Adresse").fill(ADMIN_EMAIL);
            operator.getByLabel("Passwort").fill(ADMIN_PASSWORD);
            submit(operator);
            operator.waitForURL("**/admin");
            assertThat(operator.locator("h1").innerText()).isEqualTo("Verwaltung: Erste Schritte");
            look(operator, "02-admin-start");

            // WHEN they create the organization and invite its organizer
            operator.navigate("/admin/organizations");
            operator.getByLabel("Name", EXACT).fill(ORGANIZATION);
            operator.getByLabel("Art", EXACT).selectOption(new SelectOption().setLabel("Initiative oder Verein"));
            submit(operator);
            assertThat(operator.getByRole(AriaRole.MAIN).innerText()).contains(ORGANIZATION);
            look(operator, "03-organizations");
            operator.navigate("/admin/invitations/new");
            operator.getByLabel("E-Mail-Adresse").fill(organizerEmail);
            operator.getByLabel("Name", EXACT).fill("Erika Mustermann");
            operator.getByLabel(ORGANIZATION).check();
            look(operator, "04-invitation-form");
            submit(operator);
            operator.waitForURL("**/admin/users**");
            assertThat(operator.getByRole(AriaRole.MAIN).innerText()).contains(organizerEmail);
        }

        // THEN the invited organizer sets a password from the mail and lands on their events
        String invitation = linkIn(mails.delivered(organizerEmail).get(0), "/invitations/");
        String organizerPassword = "Mein-eigenes-Passwort-2026";
        try (BrowserContext organizerBrowser = newContext(browser)) {
            Page organizer = organizerBrowser.newPage();
            organizer.navigate(invitation);
            look(organizer, "05-set-password");
            organizer.getByLabel("Neues Passwort").fill(organizerPassword);
            organizer.getByLabel("Passwort wiederholen").fill(organizerPassword);
            submit(organizer);
            organizer.waitForURL("**/manage/events");
            assertThat(organizer.getByRole(AriaRole.STATUS).innerText()).contains("Willkommen!");
            look(organizer, "06-organizer-events");

            // WHEN they enter the Tagung in the editor and publish it
            organizer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neue Veranstaltung anlegen")).first().click();
            organizer.waitForURL("**/manage/events/new");
            LocalDate day = LocalDate.now().plusDays(45);
            organizer.getByLabel("Art der Veranstaltung", EXACT).selectOption(new SelectOption().setLabel("Tagung"));
            organizer.getByLabel("Titel", EXACT).fill(TITLE);
            organizer.getByLabel("Kurzbeschreibung", EXACT).fill("Eine Tagung für alle, die ihre Kommune offener machen wollen.");
            organizer.getByLabel("Beginn (Datum)", EXACT).fill(day.toString());
            organizer.getByLabel("Beginn (Uhrzeit)", EXACT).fill(LocalTime.of(9, 30).toString());
            organizer.getByLabel("Ende (Uhrzeit)", EXACT).fill(LocalTime.of(17, 30).toString());
            organizer.getByLabel("Name des Veranstaltungsorts", EXACT).fill("Gesamtschule Barmen");
            organizer.getByLabel("Straße und Hausnummer", EXACT).fill("Unterdörnen 1");
            organizer.getByLabel("Postleitzahl", EXACT).fill("42283");
            organizer.getByLabel("Ort", EXACT).fill("Wuppertal");
            organizer.getByLabel("Anmeldung erforderlich", EXACT).check();
            organizer.getByLabel("Anzahl der Plätze (optional)", EXACT).fill("120");
            look(organizer, "07-editor");
            clickButton(organizer, "Als Entwurf speichern");
            assertThat(organizer.getByRole(AriaRole.STATUS).innerText()).contains("Der Entwurf wurde gespeichert.");
            clickButton(organizer, "Veröffentlichen");
            assertThat(organizer.getByRole(AriaRole.STATUS).innerText()).contains("Die Veranstaltung ist jetzt öffentlich.");
            look(organizer, "08-published");
            String eventPage = organizer.getByRole(AriaRole.MAIN).locator("dd a[href^='/events/']").first().getAttribute("href");
            String overview = organizer.url();

            // AND a citizen finds it on a phone, registers and confirms from the mail
            try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setLocale("de-DE")
                    .setTimezoneId("Europe/Berlin").setBaseURL(baseUrl()).setViewportSize(375, 800).setHasTouch(true)
                    .setIsMobile(true))) {
                AccessibilityAudit.preload(phone);
                Page citizen = phone.newPage();
                citizen.navigate("/");
                citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).first().click();
                citizen.waitForURL("**" + eventPage);
                assertThat(citizen.locator("h1").innerText()).isEqualTo(TITLE);
                look(citizen, "09-event-page");
                citizen.getByLabel("Name", EXACT).fill("Anna Amsel");
                citizen.getByLabel("E-Mail-Adresse", EXACT).fill(citizenEmail);
                citizen.getByLabel("Ich bin einverstanden", new Page.GetByLabelOptions().setExact(false)).check();
                clickButton(citizen, "Verbindlich anmelden");
                assertThat(citizen.getByRole(AriaRole.MAIN).innerText()).contains("E-Mail");
                look(citizen, "10-registration-requested");

                String confirmation = linkIn(mails.delivered(citizenEmail).get(0), "/registrations/confirm/");
                citizen.navigate(confirmation);
                look(citizen, "11-confirm");
                citizen.locator("main button[type=submit]").first().click();
                citizen.waitForLoadState();
                assertThat(citizen.getByRole(AriaRole.MAIN).innerText()).contains("Sie sind angemeldet.");
                look(citizen, "12-confirmed");
            }

            // THEN the organizer sees Anna among the participants and cancels after being asked
            organizer.navigate(overview + "/registrations");
            Locator participants = organizer.getByRole(AriaRole.MAIN);
            assertThat(participants.innerText()).contains("Anna Amsel", citizenEmail);
            look(organizer, "13-participants");
            participants.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                    .setName(Pattern.compile("^Stornieren\\s*: Anna Amsel$"))).click();
            assertThat(organizer.locator("h1").innerText()).isEqualTo("Anmeldung von Anna Amsel stornieren?");
            organizer.getByLabel("Nachricht an Anna Amsel", new Page.GetByLabelOptions().setExact(false))
                    .fill("Die Tagung ist leider schon voll mit Gruppen aus den Schulen.");
            look(organizer, "14-cancel-question");
            clickButton(organizer, "Anmeldung stornieren");
            assertThat(organizer.locator(".ok-notice").innerText()).contains("Die Anmeldung wurde storniert");
            look(organizer, "15-cancelled");
        }
        assertThat(mails.delivered(citizenEmail)).last().satisfies(mail -> assertThat(mail.text())
                .contains("storniert", "Die Tagung ist leider schon voll mit Gruppen aus den Schulen."));
    }

    private static BrowserContext newContext(Browser browser) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("de-DE")
                .setTimezoneId("Europe/Berlin").setBaseURL(baseUrl()).setViewportSize(1280, 900));
        AccessibilityAudit.preload(context);
        return context;
    }

    private static String baseUrl() {
        return "http://localhost:" + copy.port();
    }

    /** The path of the first link in the mail's text that starts with {@code prefix}. */
    private static String linkIn(OutboxMail mail, String prefix) {
        Matcher link = SITE.matcher(mail.text());
        while (link.find()) {
            if (link.group(1).startsWith(prefix)) {
                return link.group(1);
            }
        }
        throw new AssertionError("No link to " + prefix + " in:\n" + mail.text());
    }

    private static void submit(Page page) {
        Response response = page.waitForResponse(answer -> answer.request().method().equals("POST"),
                () -> page.getByRole(AriaRole.MAIN).locator("button[type=submit]").last().click());
        assertThat(response.status()).as("POST %s", response.url()).isLessThan(400);
        page.waitForLoadState();
    }

    private static void clickButton(Page page, String name) {
        Response response = page.waitForResponse(answer -> answer.request().method().equals("POST"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click());
        assertThat(response.status()).as("POST %s", response.url()).isLessThan(400);
        page.waitForLoadState();
    }

    /** axe-core and no sideways scrolling at both widths, with a screenshot of each. */
    private static void look(Page page, String name) {
        com.microsoft.playwright.options.ViewportSize original = page.viewportSize();
        for (int width : new int[] {1280, 375}) {
            page.setViewportSize(width, 900);
            AccessibilityAudit.assertNoViolations(page);
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling on %s at %d px", name, width).isTrue();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(name + "-" + width + ".png")));
        }
        page.setViewportSize(original.width, original.height);
    }
}
