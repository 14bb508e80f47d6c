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
import de.offenekommune.media.TestImages;
import de.offenekommune.event.EventManagement;
import de.offenekommune.platform.Violations;
import de.offenekommune.programme.internal.PortraitInput;
import de.offenekommune.programme.ProgrammeManagement;
import de.offenekommune.programme.Programmes;
import de.offenekommune.programme.Room;
import de.offenekommune.programme.RoomId;
import de.offenekommune.programme.SessionDraft;
import de.offenekommune.programme.SessionKind;
import de.offenekommune.programme.SpeakerId;

/**
 * Rooms and speakers edited with the keyboard alone, a refused deletion that says why, a long workshop that
 * fills its rows on a wide screen, and speakers with portraits: all without barriers axe-core finds.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeEditorBrowserTests {

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
    RoomId aula;
    RoomId foyer;

    @BeforeAll
    void theReferenceConferenceWithALongWorkshopAndSpeakersWithPortraits() {
        organizer = new Organizers(fixtures).create();
        event = fixtures.published(organizer.principal(), organizer.organization(), EventDetailsBuilder.referenceEvent().build());
        event = events.findManageable(organizer.principal(), event.id());
        aula = room("Aula");
        RoomId werkraum = room("Werkraum 1.12");
        foyer = room("Foyer");
        SpeakerId korte = programme.saveSpeaker(organizer.principal(), event.id(), null, "Sabine Korte", "Moderation",
                "Initiative Offene Kommunen.NRW", "Seit 2010 begleitet sie Kommunen auf dem Weg zu offenen Daten.", true,
                new PortraitInput(TestImages.jpeg(400, 500), "Sabine Korte vor einem Bücherregal", false), new Violations()).id();
        SpeakerId feldhaus = programme.saveSpeaker(organizer.principal(), event.id(), null, "Martin Feldhaus",
                "Verwaltungswissenschaftler", "Hochschule", null, true, new Violations()).id();
        session("10:00", "10:20", "Begrüßung", aula, List.of(korte));
        session("11:30", "13:00", "Werkstatt: Offene Daten – womit fangen wir an?", werkraum, List.of(feldhaus));
        session("11:30", "12:00", "Kurzvortrag: Ratsinformation", aula, List.of());
        session("12:00", "12:30", "Kurzvortrag: Haushalt offen", aula, List.of());
    }

    @Test
    void the_editor_with_rooms_and_speakers_has_no_barriers_at_both_widths(Page page) {
        organizer.logIn(page);
        page.setViewportSize(1280, 900);
        page.navigate("/manage/events/" + event.id() + "/programme");
        assertThat(page.locator("#rooms ~ * table, section:has(#rooms) table").first().innerText()).contains("Aula", "Foyer");
        AccessibilityAudit.assertNoViolations(page);
        page.setViewportSize(375, 800);
        AccessibilityAudit.assertNoViolations(page);
        page.setViewportSize(320, 640);
        LayoutChecks.assertNoSidewaysScrolling(page);
        Screenshots.of(page, "programme-editor");
    }

    @Test
    void an_organizer_renames_a_room_with_the_keyboard_alone(Page page) {
        organizer.logIn(page);
        page.setViewportSize(375, 800);
        page.navigate("/manage/events/" + event.id() + "/programme");
        KeyboardUser keyboard = new KeyboardUser(page);

        keyboard.tabTo(page.locator("a[href*='room=" + foyer + "']"));
        keyboard.pressAndWaitForNextPage("Enter");
        keyboard.tabTo(page.locator("#roomName"));
        assertThat(page.locator("#roomName").inputValue()).isEqualTo("Foyer");
        keyboard.press("ControlOrMeta+A");
        keyboard.type("Foyer im Erdgeschoss");
        keyboard.tabTo(page.locator("#roomStepFree"));
        keyboard.press("Space");
        keyboard.tabTo(page.locator("form[action$='/rooms/" + foyer + "'] button[type=submit]"));
        keyboard.pressAndWaitForNextPage("Enter");

        assertThat(programmes.of(event.id()).rooms()).filteredOn(room -> room.id().equals(foyer)).singleElement()
                .satisfies(room -> {
                    assertThat(room.name()).isEqualTo("Foyer im Erdgeschoss");
                    assertThat(room.stepFree()).isTrue();
                });
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void deleting_a_room_in_use_with_the_keyboard_says_which_sessions_use_it(Page page) {
        organizer.logIn(page);
        page.setViewportSize(1280, 900);
        page.navigate("/manage/events/" + event.id() + "/programme");
        KeyboardUser keyboard = new KeyboardUser(page);

        keyboard.tabTo(page.locator("#room-delete-" + aula));
        keyboard.pressAndWaitForNextPage("Enter");

        assertThat(page.locator("#error-summary").innerText()).contains("Der Raum „Aula“ ist noch für 3 Programmpunkte eingeplant",
                "„Begrüßung“", "„Kurzvortrag: Ratsinformation“");
        assertThat(keyboard.isFocused(page.locator("#error-summary"))).isTrue();
        assertThat(programmes.of(event.id()).rooms()).extracting(Room::id).contains(aula);
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void a_long_workshop_fills_the_rows_beside_it_and_speakers_show_their_portraits(Page page) {
        page.setViewportSize(1280, 900);
        page.navigate("/events/" + event.slug() + "/programme");
        AccessibilityAudit.assertNoViolations(page);

        BoundingBox workshop = page.locator("td:has-text('Werkstatt: Offene Daten')").boundingBox();
        BoundingBox first = page.locator("td:has-text('Kurzvortrag: Ratsinformation')").boundingBox();
        BoundingBox second = page.locator("td:has-text('Kurzvortrag: Haushalt offen')").boundingBox();
        assertThat(workshop.y).isCloseTo(first.y, org.assertj.core.data.Offset.offset(1.0));
        assertThat(workshop.y + workshop.height).as("the workshop's cell reaches down past the second talk")
                .isCloseTo(second.y + second.height, org.assertj.core.data.Offset.offset(1.0));
        var portrait = page.locator(".ok-speaker img.ok-portrait");
        assertThat(portrait.getAttribute("alt")).isEqualTo("Sabine Korte vor einem Bücherregal");
        assertThat((Boolean) portrait.evaluate("img => img.complete && img.naturalWidth > 0")).isTrue();
        BoundingBox sessionLinks = page.locator(".ok-link-row").first().boundingBox();
        assertThat(sessionLinks.height).isPositive();

        page.setViewportSize(375, 800);
        AccessibilityAudit.assertNoViolations(page);
        page.setViewportSize(320, 640);
        LayoutChecks.assertNoSidewaysScrolling(page);
        Screenshots.of(page, "programme-speakers");
    }

    @Test
    void in_a_narrow_column_no_separator_stands_alone_on_a_line(Page page) {
        page.setViewportSize(1280, 900);
        page.navigate("/events/" + event.slug() + "/programme");

        Object lonely = page.evaluate("""
                () => [...document.querySelectorAll('.ok-session p, .ok-session li')]
                        .flatMap(e => e.innerText.split('\\n')).filter(line => line.trim() === '·').length""");
        assertThat(lonely).isEqualTo(0);
    }

    private RoomId room(String name) {
        return programme.saveRoom(organizer.principal(), event.id(), null, name, 40, false, new Violations()).id();
    }

    private void session(String from, String to, String title, RoomId room, List<SpeakerId> speakers) {
        programme.saveSession(organizer.principal(), event.id(), null, new SessionDraft(title, null, SessionKind.TALK,
                LocalDateTime.of(DAY, LocalTime.parse(from)), LocalDateTime.of(DAY, LocalTime.parse(to)), room, "de",
                false, false, speakers, null), new Violations());
    }
}
