package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.TestFixtures;
import de.offenekommune.TestMail;
import de.offenekommune.browser.Organizers.Organizer;
import de.offenekommune.notification.internal.OutboxMail;

/**
 * The administrator's first steps in a browser: the start page, inviting an organizer (with a mistake
 * first), the invitation mail from the test mail server, and the invited person setting a password and
 * landing on their events. Every page passes axe-core, at 1280 and 375 px; screenshots of both widths
 * are written to {@code target/screenshots}.
 */
@BrowserTest
class InvitationBrowserTests {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/invitations/[A-Za-z0-9_-]{43}\\?lang=de)");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired
    TestFixtures fixtures;

    @Autowired
    TestMail testMail;

    @Test
    void an_administrator_invites_an_organizer_who_sets_a_password_and_lands_on_the_events(Page page) {
        // GIVEN an administrator on the start page
        Organizer administrator = new Organizers(fixtures).createAdministrator();
        administrator.logIn(page);
        assertThat(page.url()).endsWith("/admin");
        assertThat(page.locator("h1").innerText()).isEqualTo("Verwaltung: Erste Schritte");
        audit(page, "admin-start");

        // WHEN the invitation is sent without an organization
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Person einladen")).first().click();
        String email = TestFixtures.unique("browser-einladung") + "@example.org";
        page.getByLabel("E-Mail-Adresse").fill(email);
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Erika Mustermann");
        Response refused = page.waitForResponse("**/admin/invitations", () -> submit(page));

        // THEN it is refused with a message that says what to do, the input kept
        assertThat(refused.status()).isEqualTo(422);
        assertThat(page.locator("#error-summary").innerText()).contains("mindestens einer Organisation");
        assertThat(page.getByLabel("E-Mail-Adresse").inputValue()).isEqualTo(email);
        audit(page, "invite-error");

        // WHEN the organization is chosen and the invitation sent
        page.getByLabel(Organizers.ORGANIZATION_NAME).first().check();
        page.waitForResponse("**/admin/invitations", () -> submit(page));

        // THEN it is listed as open
        assertThat(page.url()).contains("/admin/users");
        assertThat(page.locator("#invitations")).isNotNull();
        assertThat(page.getByRole(AriaRole.MAIN).innerText()).contains(email);
        audit(page, "admin-users");

        // WHEN the invited person follows the link in the mail and sets a password
        OutboxMail invitation = testMail.delivered(email).get(0);
        Matcher link = LINK.matcher(invitation.text());
        assertThat(link.find()).isTrue();
        // as a mail program shows it: outside the platform, whose Content-Security-Policy forbids inline styles
        page.navigate("about:blank");
        page.setContent(invitation.html());
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Passwort festlegen"))
                .getAttribute("href")).isEqualTo("http://localhost:8080" + link.group(1));
        audit(page, "invitation-mail");
        page.context().clearCookies();
        page.navigate(link.group(1));
        assertThat(page.locator("h1").innerText()).isEqualTo("Passwort festlegen");
        audit(page, "invitation");
        page.getByLabel("Neues Passwort").fill("kurz");
        page.getByLabel("Passwort wiederholen").fill("kurz");
        page.waitForResponse(response -> response.url().contains("/invitations/"), () -> submit(page));
        assertThat(page.locator("#password-error").innerText()).contains("12 bis 64 Zeichen");
        audit(page, "invitation-error");
        page.getByLabel("Neues Passwort").fill("Mein-sicheres-Passwort-2026");
        page.getByLabel("Passwort wiederholen").fill("Mein-sicheres-Passwort-2026");
        submit(page);

        // THEN they are logged in on their organization's events
        page.waitForURL("**/manage/events");
        assertThat(page.getByRole(AriaRole.STATUS).innerText()).contains("Willkommen!");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neue Veranstaltung"))
                .isVisible()).isTrue();
        audit(page, "invited-organizer-events");

        // AND the link is used up
        page.navigate(link.group(1));
        assertThat(page.locator("h1").innerText()).isEqualTo("Dieser Einladungslink funktioniert nicht");
        audit(page, "invitation-used");
    }

    private static void submit(Page page) {
        page.getByRole(AriaRole.MAIN).locator("button[type=submit]").last().click();
    }

    /** axe-core at both widths, no sideways scrolling on a phone, and a screenshot of each. */
    private static void audit(Page page, String name) {
        for (int width : new int[] {1280, 375}) {
            page.setViewportSize(width, 900);
            AccessibilityAudit.assertNoViolations(page);
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling on %s at %d px", name, width).isTrue();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(name + "-" + width + ".png")));
        }
        page.setViewportSize(1280, 900);
    }
}
