package de.offenekommune.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.offenekommune.event.EventId;
import de.offenekommune.platform.Violations;
import de.offenekommune.programme.Programme;
import de.offenekommune.programme.Session;
import de.offenekommune.programme.SessionId;
import de.offenekommune.programme.SessionKind;

class WorkshopChoicesTests {

    final EventId event = EventId.random();
    final Session keynote = session("Keynote", "09:30", "10:30", null);
    final Session data = session("Offene Daten", "11:30", "13:00", 20);
    final Session participation = session("Beteiligung", "11:30", "13:00", 20);
    final Session council = session("Transparenz im Rat", "12:00", "13:30", 20);
    final Session afternoon = session("Haushalt lesen", "14:00", "15:00", 10);
    final Programme programme = new Programme(List.of(), List.of(),
            List.of(keynote, data, participation, council, afternoon), Map.of(data.id(), 20));

    @Test
    void workshops_overlapping_in_time_form_one_slot_and_sessions_without_places_none() {
        assertThat(programme.workshopSlots())
                .containsExactly(List.of(data, participation, council), List.of(afternoon));
    }

    @Test
    void one_workshop_per_slot_is_taken_in_the_programme_order_and_none_is_a_choice() {
        Violations violations = new Violations();

        List<SessionId> chosen = WorkshopChoices.check(List.of(afternoon.id().toString(), "", participation.id().toString()),
                programme, violations);

        assertThat(violations.list()).isEmpty();
        assertThat(chosen).containsExactly(participation.id(), afternoon.id());
    }

    @Test
    void refuses_two_workshops_at_the_same_time_naming_both() {
        Violations violations = new Violations();

        List<SessionId> chosen = WorkshopChoices.check(List.of(data.id().toString(), council.id().toString()), programme,
                violations);

        assertThat(chosen).isEmpty();
        assertThat(violations.list()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("workshops");
            assertThat(violation.code()).isEqualTo("registration.workshops.sameTime");
            assertThat(violation.args()).containsExactly("Offene Daten", "Transparenz im Rat");
        });
    }

    @Test
    void refuses_a_session_without_places_an_unknown_id_and_text_that_is_no_id() {
        for (String chosen : List.of(keynote.id().toString(), SessionId.random().toString(), "Werkstatt 1")) {
            Violations violations = new Violations();

            assertThat(WorkshopChoices.check(List.of(chosen), programme, violations)).as(chosen).isEmpty();
            assertThat(violations.list()).as(chosen).singleElement()
                    .satisfies(violation -> assertThat(violation.code()).isEqualTo("registration.workshops.unknown"));
        }
    }

    @Test
    void places_left_count_only_workshops_and_never_go_below_zero() {
        Programme overbooked = new Programme(List.of(), List.of(), List.of(keynote, data, afternoon),
                Map.of(data.id(), 25, afternoon.id(), 3));

        assertThat(overbooked.placesLeft(data)).isZero();
        assertThat(overbooked.placesLeft(afternoon)).isEqualTo(7);
        assertThat(overbooked.placesLeft(keynote)).isNull();
    }

    private Session session(String title, String from, String to, Integer capacity) {
        return new Session(SessionId.random(), event, title, null, SessionKind.WORKSHOP, at(from), at(to), null, "de",
                false, false, List.of(), capacity);
    }

    private static Instant at(String time) {
        return Instant.parse("2013-11-09T" + time + ":00Z");
    }
}
