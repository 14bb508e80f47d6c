package de.offenekommune.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.offenekommune.event.EventId;
import de.offenekommune.platform.Violations;
import de.offenekommune.programme.Room;
import de.offenekommune.programme.RoomId;
import de.offenekommune.programme.Session;
import de.offenekommune.programme.SessionId;
import de.offenekommune.programme.SessionKind;
import de.offenekommune.programme.Speaker;
import de.offenekommune.programme.SpeakerId;

class TimetableRulesTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    final EventId event = EventId.random();
    final Room aula = new Room(RoomId.random(), event, "Aula", 300, true, 0);
    final Room workshop = new Room(RoomId.random(), event, "Raum A 1.12", 30, true, 1);
    final Speaker korte = new Speaker(SpeakerId.random(), event, "Sabine Korte", null, null, null, true);
    final Session keynote = session("Keynote", "10:20", "11:15", aula.id(), List.of(korte.id()));

    @Test
    void accepts_a_session_in_a_free_room_inside_the_event() {
        Violations violations = check(session("Werkstatt", "11:30", "13:00", workshop.id(), List.of(korte.id())));

        assertThat(violations.list()).isEmpty();
    }

    @Test
    void refuses_two_sessions_in_one_room_at_once_and_names_the_other() {
        Violations violations = check(session("Podium", "11:00", "12:00", aula.id(), List.of()));

        assertThat(violations.list()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("room");
            assertThat(violation.code()).isEqualTo("programme.conflict.room");
            assertThat(violation.args()).containsExactly("Aula", "Keynote", "10:20", "11:15");
        });
    }

    @Test
    void a_session_may_start_when_the_previous_one_in_its_room_ends() {
        assertThat(check(session("Pause", "11:15", "11:30", aula.id(), List.of(korte.id()))).list()).isEmpty();
    }

    @Test
    void refuses_a_speaker_in_two_places_at_once() {
        Violations violations = check(session("Werkstatt", "11:00", "12:00", workshop.id(), List.of(korte.id())));

        assertThat(violations.list()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("speakers");
            assertThat(violation.code()).isEqualTo("programme.conflict.speaker");
            assertThat(violation.args()).containsExactly("Sabine Korte", "Keynote", "10:20", "11:15");
        });
    }

    @Test
    void refuses_a_session_outside_the_event_time() {
        Violations violations = check(session("Nachtschicht", "17:00", "18:00", workshop.id(), List.of()));

        assertThat(violations.list()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("start");
            assertThat(violation.code()).isEqualTo("programme.conflict.outsideEvent");
            assertThat(violation.args()).containsExactly("09:30", "17:30");
        });
    }

    @Test
    void refuses_an_end_before_the_start_without_looking_for_conflicts() {
        Violations violations = check(session("Rückwärts", "11:00", "10:30", aula.id(), List.of()));

        assertThat(violations.list()).extracting(Violations.Violation::code)
                .containsExactly("programme.session.endBeforeStart");
    }

    @Test
    void a_session_changed_in_place_does_not_conflict_with_itself() {
        Session moved = new Session(keynote.id(), event, "Keynote", null, SessionKind.TALK, at("10:30"), at("11:20"),
                aula.id(), "de", false, false, List.of(korte.id()), null);

        assertThat(check(moved).list()).isEmpty();
    }

    @Test
    void sessions_without_a_room_never_conflict_by_room() {
        Session breakForAll = session("Pause", "10:30", "10:45", null, List.of());

        assertThat(check(breakForAll).list()).isEmpty();
    }

    @Test
    void refuses_a_room_or_speaker_of_another_event() {
        Violations violations = check(session("Fremd", "12:00", "12:30", RoomId.random(), List.of(SpeakerId.random())));

        assertThat(violations.list()).extracting(Violations.Violation::code)
                .containsExactlyInAnyOrder("programme.session.roomUnknown", "programme.session.speakerUnknown");
    }

    @Test
    void refuses_a_second_room_of_the_same_name() {
        Violations violations = new Violations();
        TimetableRules.check(new Room(RoomId.random(), event, "aula", null, false, 2), List.of(aula, workshop), violations);

        assertThat(violations.list()).extracting(Violations.Violation::code).containsExactly("programme.room.nameTaken");
    }

    private Violations check(Session candidate) {
        Violations violations = new Violations();
        TimetableRules.check(candidate, new TimetableRules.Context(at("09:30"), at("17:30"), BERLIN, List.of(keynote),
                Map.of(aula.id(), aula, workshop.id(), workshop), Map.of(korte.id(), korte)), violations);
        return violations;
    }

    private Session session(String title, String from, String to, RoomId room, List<SpeakerId> speakers) {
        return new Session(SessionId.random(), event, title, null, SessionKind.TALK, at(from), at(to), room, "de", false,
                false, speakers, null);
    }

    private static Instant at(String time) {
        return java.time.LocalDateTime.parse("2013-11-09T" + time).atZone(BERLIN).toInstant();
    }
}
