package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

import de.offenekommune.TestFixtures;
import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventManagement;
import de.offenekommune.platform.Violations;
import de.offenekommune.programme.ProgrammeManagement;
import de.offenekommune.programme.Programmes;
import de.offenekommune.programme.RoomId;
import de.offenekommune.programme.Session;
import de.offenekommune.programme.SessionDraft;
import de.offenekommune.programme.SessionKind;
import de.offenekommune.programme.SpeakerId;

/**
 * The programme of the reference conference as people see it: rooms side by side on a wide screen, one
 * list in time order on a phone, no barrier axe-core finds, nothing sideways at 320 px, and an organizer
 * who adds a session with the keyboard alone.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeBrowserTests {

    private static final LocalDate DAY = LocalDate.of(2013, 11, 9);

    @Autowired
    TestFixtures fixtures;

    @Autowired
    EventManagement events;
    @Autowired
    ProgrammeManagement programme;
    @Autowired
    Programmes programmes;

    Organizers.Organizer organizer;
    Event event;

    @BeforeAll
    void theReferenceConferenceWithWorkshopsInThreeRooms() {
        organizer = new Organizers(fixtures).create();
        event = fixtures.published(organizer.principal(), organizer.organization(), EventDetailsBuilder.referenceEvent().build());
        event = events.findManageable(organizer.principal(), event.id());
        RoomId aula = room("Aula", true);
        SpeakerId korte = programme.saveSpeaker(organizer.principal(), event.id(), null, "Sabine Korte", "Moderation",
                "Initiative Offene Kommunen.NRW", null, true, new Violations()).id();
        session("09:30", "10:00", SessionKind.BREAK, "Ankommen und Kaffee", null, List.of());
        session("10:00", "10:20", SessionKind.OTHER, "Begrüßung", aula, List.of(korte));
        session("10:20", "11:15", SessionKind.TALK, "Keynote: Offene Kommune – vom Leitbild in den Alltag", aula, List.of());
        session("11:30", "13:00", SessionKind.WORKSHOP, "Werkstatt 1: Offene Daten – womit fangen wir an?",
                room("Raum A 1.12", true), List.of());
        session("11:30", "13:00", SessionKind.WORKSHOP, "Werkstatt 2: Beteiligung, die wirkt", room("Raum A 1.14", true),
                List.of());
        session("11:30", "13:00", SessionKind.WORKSHOP, "Werkstatt 3: Transparenz im Rat", room("Raum B 2.03", false),
                List.of());
        session("16:30", "17:15", SessionKind.PANEL, "Abschlusspodium", aula, List.of(korte));
    }

    @Test
    void rooms_are_columns_on_a_wide_screen_and_one_list_on_a_phone_without_barriers(Page page) {
        page.setViewportSize(1280, 900);
        page.navigate("/events/" + event.slug() + "/programme");
        AccessibilityAudit.assertNoViolations(page);
        BoundingBox first = page.locator("text=Werkstatt 1: Offene Daten").first().boundingBox();
        BoundingBox second = page.locator("text=Werkstatt 2: Beteiligung").first().boundingBox();
        assertThat(second.y).as("parallel workshops side by side").isCloseTo(first.y, org.assertj.core.data.Offset.offset(2.0));
        assertThat(second.x).isGreaterThan(first.x + first.width);

        page.setViewportSize(375, 800);
        AccessibilityAudit.assertNoViolations(page);
        first = page.locator("text=Werkstatt 1: Offene Daten").first().boundingBox();
        second = page.locator("text=Werkstatt 2: Beteiligung").first().boundingBox();
        assertThat(second.y).as("one below the other on a phone").isGreaterThan(first.y + first.height);
        assertThat(page.locator("#" + anchorOf("Werkstatt 2: Beteiligung, die wirkt")).innerText()).contains("Raum A 1.14");
        Screenshots.of(page, "programme");
    }

    @Test
    void the_programme_fits_a_screen_of_320_pixels(Page page) {
        page.setViewportSize(320, 640);
        page.navigate("/events/" + event.slug() + "/programme");

        LayoutChecks.assertNoSidewaysScrolling(page);
    }

    @Test
    void the_event_page_with_its_programme_has_no_barriers(Page page) {
        page.setViewportSize(1280, 900);
        page.navigate("/events/" + event.slug());

        assertThat(page.locator("#programme table").count()).isEqualTo(1);
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void an_organizer_adds_a_session_with_the_keyboard_alone(Page page) {
        organizer.logIn(page);
        page.navigate("/manage/events/" + event.id() + "/programme");
        KeyboardUser keyboard = new KeyboardUser(page);
        DateTimeTyping dates = DateTimeTyping.probe(page.context());

        keyboard.tabTo(page.locator("#title"));
        keyboard.type("Mittagspause");
        keyboard.tabTo(page.locator("#kind"));
        keyboard.type("Pause");
        keyboard.tabTo(page.locator("#startTime"));
        dates.typeTime(page.keyboard(), LocalTime.of(13, 0));
        keyboard.tabTo(page.locator("#endTime"));
        dates.typeTime(page.keyboard(), LocalTime.of(14, 0));
        keyboard.tabTo(page.locator("#signLanguage"));
        keyboard.press("Space");
        keyboard.tabTo(page.locator("form[action$='/programme/sessions'] button[type=submit]"));
        keyboard.pressAndWaitForNextPage("Enter");

        assertThat(programmes.of(event.id()).sessions()).filteredOn(session -> session.title().equals("Mittagspause"))
                .singleElement().satisfies(session -> {
                    assertThat(session.kind()).isEqualTo(SessionKind.BREAK);
                    assertThat(session.signLanguage()).isTrue();
                    assertThat(session.start()).isEqualTo(LocalDateTime.of(DAY, LocalTime.of(13, 0))
                            .atZone(event.details().schedule().zone()).toInstant());
                });
        AccessibilityAudit.assertNoViolations(page);
    }

    private String anchorOf(String title) {
        return programmes.of(event.id()).sessions().stream().filter(session -> session.title().equals(title))
                .findFirst().map(Session::anchor).orElseThrow();
    }

    private RoomId room(String name, boolean stepFree) {
        return programme.saveRoom(organizer.principal(), event.id(), null, name, 30, stepFree, new Violations()).id();
    }

    private void session(String from, String to, SessionKind kind, String title, RoomId room, List<SpeakerId> speakers) {
        programme.saveSession(organizer.principal(), event.id(), null, new SessionDraft(title, null, kind,
                LocalDateTime.of(DAY, LocalTime.parse(from)), LocalDateTime.of(DAY, LocalTime.parse(to)), room, "de",
                false, false, speakers, null), new Violations());
    }
}
