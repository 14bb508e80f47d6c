package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.TestFixtures;
import de.offenekommune.browser.Organizers.Organizer;
import de.offenekommune.event.Event;
import de.offenekommune.event.MunicipalityRegister;
import de.offenekommune.event.RegisteredMunicipality;
import de.offenekommune.platform.FederalState;
import de.offenekommune.registration.RegistrationState;

/**
 * An organizer who uses only the keyboard can do everything: log in, create the reference invitation,
 * publish it and read it on its public page, and cancel a registration after being asked.
 */
@BrowserTest
class KeyboardOnlyTests {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Autowired
    TestFixtures fixtures;

    @Autowired
    MunicipalityRegister municipalities;

    @Autowired
    ApplicationContext context;

    Organizer organizer;

    @BeforeEach
    void createOrganizer() {
        organizer = new Organizers(fixtures).create();
        municipalities.add(new RegisteredMunicipality(ReferenceEvent.AGS, ReferenceEvent.LOCALITY, null,
                FederalState.NORDRHEIN_WESTFALEN));
    }

    @Test
    void skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content(Page page) {
        // GIVEN
        KeyboardUser user = new KeyboardUser(page);
        page.navigate("/");
        Locator skipLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Inhalt springen"));

        // WHEN
        user.press("Tab");

        // THEN
        assertThat(user.isFocused(skipLink)).as("skip link is the first tab stop").isTrue();
        assertThat(skipLink.boundingBox().x).as("focused skip link is on screen").isGreaterThanOrEqualTo(0);
        assertThat(user.hasVisibleFocusIndicator()).as("focused skip link is outlined").isTrue();

        // WHEN
        user.press("Enter");

        // THEN
        assertThat(user.isFocused(page.locator("main"))).as("main content has the focus").isTrue();
        user.press("Tab");
        assertThat((Boolean) page.evaluate("document.querySelector('main').contains(document.activeElement)"))
                .as("next tab stop %s is inside the main content", user.describeFocus()).isTrue();
    }

    @Test
    void error_summary_links_are_reachable_by_keyboard_after_a_failed_submit_and_lead_to_their_fields(Page page) {
        // GIVEN
        KeyboardUser user = new KeyboardUser(page);
        logIn(user, page);
        user.tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neue Veranstaltung anlegen")));
        user.pressAndWaitForNextPage("Enter");
        user.tabTo(page.getByLabel("Titel", EXACT));
        user.type("Nur ein Titel");

        // WHEN
        Response response = user.pressAndWaitForNextPage("Enter");

        // THEN the focus is on the error summary, and its first link is the next tab stop
        assertThat(response.status()).isEqualTo(422);
        List<Locator> errorLinks = page.locator("#error-summary a").all();
        assertThat(errorLinks).hasSizeGreaterThan(1);
        assertThat(user.isFocused(page.locator("#error-summary"))).as("focus on the error summary").isTrue();
        assertThat(page.title()).startsWith("Fehler: ");
        assertThat(user.tabTo(errorLinks.get(0))).as("tab stops from the summary to the first error").isEqualTo(1);
        for (Locator next : errorLinks.subList(1, errorLinks.size())) {
            assertThat(user.tabTo(next)).as("error links follow each other").isEqualTo(1);
        }

        // AND a link leads to its field
        String firstField = errorLinks.get(0).getAttribute("href");
        for (int i = 1; i < errorLinks.size(); i++) {
            user.press("Shift+Tab");
        }
        assertThat(user.isFocused(errorLinks.get(0))).as("Shift+Tab goes back through the errors").isTrue();
        user.press("Enter");
        assertThat(user.isFocused(page.locator(firstField))).as("focus on %s after following its error link", firstField)
                .isTrue();
        assertThat(page.getByLabel("Titel", EXACT).inputValue()).as("input is kept").isEqualTo("Nur ein Titel");
    }

    @Test
    void organizer_creates_and_publishes_the_reference_event_with_the_keyboard_alone(Page page) {
        // GIVEN
        KeyboardUser user = new KeyboardUser(page);
        DateTimeTyping dates = DateTimeTyping.probe(page.context());
        logIn(user, page);
        user.tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neue Veranstaltung anlegen")));
        user.pressAndWaitForNextPage("Enter");

        // WHEN the organizer fills in the invitation, field by field
        user.tabTo(page.getByLabel("Art der Veranstaltung", EXACT));
        user.type("Tagung");
        user.tabTo(page.getByLabel("Titel", EXACT));
        user.type(ReferenceEvent.TITLE);
        user.tabTo(page.getByLabel("Kurzbeschreibung", EXACT));
        user.type(ReferenceEvent.SUMMARY);
        user.tabTo(page.getByLabel("Beschreibung (optional)", EXACT));
        user.type(ReferenceEvent.DESCRIPTION);
        user.tabTo(page.getByLabel("Beginn (Datum)", EXACT));
        dates.typeDate(page.keyboard(), LocalDate.of(2013, 11, 9));
        user.tabTo(page.getByLabel("Beginn (Uhrzeit)", EXACT));
        dates.typeTime(page.keyboard(), LocalTime.of(9, 30));
        user.tabTo(page.getByLabel("Ende (Uhrzeit)", EXACT));
        dates.typeTime(page.keyboard(), LocalTime.of(17, 30));
        user.tabTo(page.getByLabel("Vor Ort", EXACT));
        user.tabTo(page.getByLabel("Name des Veranstaltungsorts", EXACT));
        user.type(ReferenceEvent.VENUE);
        user.tabTo(page.getByLabel("Straße und Hausnummer", EXACT));
        user.type(ReferenceEvent.STREET);
        user.tabTo(page.getByLabel("Postleitzahl", EXACT));
        user.type(ReferenceEvent.POSTAL_CODE);
        user.tabTo(page.getByLabel("Ort", EXACT));
        user.type(ReferenceEvent.LOCALITY);
        user.tabTo(page.getByLabel("Kommune (optional)", EXACT));
        user.type(ReferenceEvent.LOCALITY);
        assertThat(page.getByLabel("Kommune (optional)", EXACT).getAttribute("list")).isEqualTo("municipality-list");
        unfold(user, page, "Stadtteil, Bundesland, Anfahrt und Koordinaten");
        user.tabTo(page.getByLabel("Stadtteil (optional)", EXACT));
        user.type(ReferenceEvent.DISTRICT);
        user.tabTo(page.getByLabel("Bundesland (optional)", EXACT));
        user.type("Nordrhein");
        user.tabTo(page.getByLabel("Teilnahme kostenfrei", EXACT));
        user.tabTo(page.getByLabel("Keine Anmeldung nötig", EXACT));
        user.press("ArrowDown");
        unfold(user, page, "Zielgruppen und Themen");
        for (String audience : List.of("Bürgerinnen und Bürger", "Politikerinnen und Politiker, auch aus der Kommunalpolitik",
                "Mitarbeitende der Verwaltung", "Wissenschaft und Forschung", "Unternehmerinnen und Unternehmer")) {
            user.tabTo(page.getByLabel(audience, EXACT));
            user.press("Space");
        }
        user.tabTo(page.getByLabel("Weitere Zielgruppen (optional)", EXACT));
        user.type(ReferenceEvent.AUDIENCE_NOTE);
        for (String topic : List.of("Offenes Regierungs- und Verwaltungshandeln", "Bürgerbeteiligung", "Transparenz",
                "Offene Daten")) {
            user.tabTo(page.getByLabel(topic, EXACT));
            user.press("Space");
        }
        unfold(user, page, "Website und weitere Links");
        user.tabTo(page.getByLabel("Website der Veranstaltung (optional)", EXACT));
        user.type(ReferenceEvent.WEBSITE);
        user.tabTo(page.getByLabel("Bezeichnung von Link 1", EXACT));
        user.type(ReferenceEvent.FACEBOOK.label());
        user.tabTo(page.getByLabel("Adresse von Link 1", EXACT));
        user.type(ReferenceEvent.FACEBOOK.url());
        user.tabTo(page.getByLabel("Bezeichnung von Link 2", EXACT));
        user.type(ReferenceEvent.TWITTER.label());
        user.tabTo(page.getByLabel("Adresse von Link 2", EXACT));
        user.type(ReferenceEvent.TWITTER.url());
        user.tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Als Entwurf speichern")));
        Response saved = user.pressAndWaitForNextPage("Enter");

        // AND publishes the draft
        assertThat(saved.status()).as("draft saved, errors: %s", page.locator("#error-summary a").evaluateAll("links => links.map(a => a.getAttribute('href') + ' ' + a.innerText)")).isEqualTo(200);
        assertThat(page.getByRole(AriaRole.STATUS).innerText()).contains("Der Entwurf wurde gespeichert.");
        user.tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Veröffentlichen")));
        user.pressAndWaitForNextPage("Enter");
        assertThat(page.getByRole(AriaRole.STATUS).innerText()).contains("Die Veranstaltung ist jetzt öffentlich.");

        // AND follows the link to its public page
        user.tabTo(page.getByRole(AriaRole.MAIN).locator("dd a[href^='/events/']"));
        user.pressAndWaitForNextPage("Enter");

        // THEN every fact of the invitation is on the public page
        assertThat(page.locator("h1").innerText()).isEqualTo(ReferenceEvent.TITLE);
        String header = page.locator(".ok-event-header").innerText();
        assertThat(header).contains("Tagung", "Vergangen", ReferenceEvent.SUMMARY, ReferenceEvent.WHEN_DE,
                "Gesamtschule Barmen, Wuppertal-Barmen");
        String facts = page.getByRole(AriaRole.COMPLEMENTARY).innerText();
        assertThat(facts).contains(
                ReferenceEvent.WHEN_DE,
                "Gesamtschule Barmen\nUnterdörnen 1\n42283 Wuppertal-Barmen\nNordrhein-Westfalen",
                "Wuppertal (Gemeindeschlüssel 05124000)",
                "Teilnahme kostenfrei",
                "Um Anmeldung wird gebeten",
                Organizers.ORGANIZATION_NAME,
                "Website: www.oknrw.de",
                "Veranstaltung auf Facebook",
                "@OKNRW auf Twitter");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("www.oknrw.de")).getAttribute("href"))
                .isEqualTo(ReferenceEvent.WEBSITE);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("@OKNRW auf Twitter")).getAttribute("href"))
                .isEqualTo(ReferenceEvent.TWITTER.url());
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Veranstaltung auf Facebook")).getAttribute("href"))
                .isEqualTo(ReferenceEvent.FACEBOOK.url());
        Locator about = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Worum geht es?"));
        assertThat(about.locator("p").allInnerTexts()).hasSize(3)
                .first().asString().startsWith("Wie wird eine Kommune offener?");
        assertThat(about.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Das Ziel")).isVisible()).isTrue();
        assertThat(about.getByRole(AriaRole.LISTITEM).allInnerTexts()).containsExactly(
                "Erfahrungen aus den Kommunen sichtbar machen", "Menschen miteinander vernetzen",
                "konkrete Schritte verabreden");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Für wen?"))
                .getByRole(AriaRole.LISTITEM).allInnerTexts()).containsExactly(
                "Bürgerinnen und Bürger", "Politikerinnen und Politiker, auch aus der Kommunalpolitik",
                "Mitarbeitende der Verwaltung", "Wissenschaft und Forschung", "Unternehmerinnen und Unternehmer",
                ReferenceEvent.AUDIENCE_NOTE);
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Themen")).innerText())
                .contains("Offenes Regierungs- und Verwaltungshandeln", "Bürgerbeteiligung", "Transparenz", "Offene Daten");
    }

    @Test
    void organizer_is_asked_before_cancelling_a_registration_and_answers_with_the_keyboard_alone(Page page) {
        // GIVEN Anna has a confirmed place
        Participants participants = new Participants(context);
        Event event = participants.upcomingEvent(organizer, 10);
        String email = participants.confirmed(event, "Anna Amsel", null, null);
        KeyboardUser user = new KeyboardUser(page);
        logIn(user, page);
        page.navigate("/manage/events/" + event.id() + "/registrations");
        Locator cancel = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Stornieren\\s*: Anna Amsel$")));

        // WHEN the organizer follows "Stornieren" and then changes their mind
        user.tabTo(cancel);
        user.pressAndWaitForNextPage("Enter");
        assertThat(page.locator("h1").innerText()).isEqualTo("Anmeldung von Anna Amsel stornieren?");
        user.tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nicht stornieren, zurück zur Liste")));
        user.pressAndWaitForNextPage("Enter");

        // THEN nothing happened
        assertThat(participants.registration(email).state()).isEqualTo(RegistrationState.CONFIRMED);

        // WHEN they ask again, write a message and confirm
        user.tabTo(cancel);
        user.pressAndWaitForNextPage("Enter");
        user.tabTo(page.getByLabel("Nachricht an Anna Amsel (optional)", EXACT));
        user.type("Der Saal ist kleiner als gedacht. Beim nächsten Termin sind Sie herzlich willkommen.");
        user.tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmeldung stornieren")));
        user.pressAndWaitForNextPage("Enter");

        // THEN the list says so, the place is free and Anna is told, with the message
        assertThat(page.url()).endsWith("/manage/events/" + event.id() + "/registrations");
        assertThat(page.getByRole(AriaRole.STATUS).first().innerText()).contains("Die Anmeldung wurde storniert");
        assertThat(participants.registration(email).state()).isEqualTo(RegistrationState.CANCELLED);
        assertThat(cancel.count()).isZero();
        assertThat(participants.fixtures().lastMail(email, "registration_cancelled_to_registrant").text())
                .contains("Der Saal ist kleiner als gedacht. Beim nächsten Termin sind Sie herzlich willkommen.");
    }

    /** Tabs to a folded part of a form and opens it with Enter, as its summary is a button. */
    private static void unfold(KeyboardUser user, Page page, String summary) {
        Locator disclosure = page.locator("details", new Page.LocatorOptions().setHas(
                page.locator("summary", new Page.LocatorOptions().setHasText(summary))));
        user.tabTo(disclosure.locator("summary"));
        user.press("Enter");
        assertThat(disclosure.getAttribute("open")).as("%s unfolded", summary).isNotNull();
    }

    private void logIn(KeyboardUser user, Page page) {
        page.navigate("/login");
        user.tabTo(page.getByLabel("E-Mail-Adresse"));
        user.type(organizer.email());
        user.press("Tab");
        user.type(organizer.password());
        user.pressAndWaitForNextPage("Enter");
        assertThat(page.url()).endsWith("/manage/events");
    }
}
