package de.offenekommune.event;

import static de.offenekommune.EventDetailsBuilder.referenceEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import de.offenekommune.account.OrganizationId;
import de.offenekommune.event.internal.EventStateException;

class EventTests {

    private static final Instant T0 = Instant.parse("2013-09-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);

    private static Event draft() {
        return Event.draft(EventId.random(), OrganizationId.random(), "oknrw-2013", referenceEvent().build(), "", T0);
    }

    @Test
    void a_new_event_is_a_draft_that_nobody_else_sees() {
        Event event = draft();

        assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(event.isPublic()).isFalse();
        assertThat(event.publishedAt()).isNull();
        assertThat(event.sequence()).isZero();
    }

    @Test
    void publishing_a_draft_makes_it_public_and_remembers_when() {
        Event event = draft();

        event.publish(T1);

        assertThat(event.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(event.publishedAt()).isEqualTo(T1);
        assertThat(event.updatedAt()).isEqualTo(T1);
        assertThat(event.sequence()).isZero();
    }

    @Test
    void a_published_event_cannot_be_published_again() {
        Event event = draft();
        event.publish(T1);

        assertThatThrownBy(() -> event.publish(T1)).isInstanceOf(EventStateException.class)
                .satisfies(e -> assertThat(((EventStateException) e).action()).isEqualTo("publish"));
    }

    @Test
    void a_draft_cannot_be_cancelled_or_postponed() {
        Event event = draft();

        assertThatThrownBy(() -> event.cancel("Krankheit", T1)).isInstanceOf(EventStateException.class);
        assertThatThrownBy(() -> event.postpone(null, T1)).isInstanceOf(EventStateException.class);
        assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
    }

    @Test
    void cancelling_keeps_the_reason_and_tells_calendars() {
        Event event = draft();
        event.publish(T1);

        event.cancel("Die Schule ist wegen eines Wasserschadens geschlossen.", T1);

        assertThat(event.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(event.statusNote()).isEqualTo("Die Schule ist wegen eines Wasserschadens geschlossen.");
        assertThat(event.isPublic()).isTrue();
        assertThat(event.sequence()).isEqualTo(1);
        assertThatThrownBy(() -> event.cancel("noch einmal", T1)).isInstanceOf(EventStateException.class);
    }

    @Test
    void a_postponed_event_is_published_again_with_its_new_date() {
        Event event = draft();
        event.publish(T0);
        event.postpone("Neuer Termin folgt.", T1);
        assertThat(event.status()).isEqualTo(EventStatus.POSTPONED);
        assertThat(event.statusNote()).isEqualTo("Neuer Termin folgt.");

        event.publish(T1.plusSeconds(60));

        assertThat(event.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(event.statusNote()).isNull();
        assertThat(event.publishedAt()).as("first publication").isEqualTo(T0);
        assertThat(event.sequence()).isEqualTo(2);
    }

    @Test
    void a_postponed_event_can_be_cancelled() {
        Event event = draft();
        event.publish(T0);
        event.postpone(null, T1);

        event.cancel("Fällt aus.", T1);

        assertThat(event.status()).isEqualTo(EventStatus.CANCELLED);
    }

    @Test
    void revising_the_time_of_a_public_event_tells_calendars_but_a_new_summary_does_not() {
        Event event = draft();
        event.publish(T0);

        boolean retitled = event.revise(referenceEvent().summary("Neu formuliert.").build(), "", T1);
        assertThat(retitled).isFalse();
        assertThat(event.sequence()).isZero();

        boolean moved = event.revise(referenceEvent().schedule(Schedule.timed(LocalDateTime.of(2013, 11, 9, 10, 0),
                LocalDateTime.of(2013, 11, 9, 17, 30), Schedule.DEFAULT_ZONE)).build(), "", T1);
        assertThat(moved).isTrue();
        assertThat(event.sequence()).isEqualTo(1);
        assertThat(event.details().summary()).isEqualTo(de.offenekommune.EventDetailsBuilder.REFERENCE_SUMMARY);
    }

    @Test
    void coordinates_written_with_fewer_decimals_are_the_same_place() {
        Event event = draft();
        event.publish(T0);
        Venue venue = event.details().venue();
        Venue retyped = new Venue(venue.name(), venue.street(), venue.postalCode(), venue.locality(), venue.district(),
                venue.state(), venue.latitude().stripTrailingZeros(), new java.math.BigDecimal("7.2075"),
                venue.directions(), venue.accessibilityNotes());

        boolean moved = event.revise(referenceEvent().venue(retyped).build(), "", T1);

        assertThat(retyped.longitude()).isEqualTo(venue.longitude());
        assertThat(moved).as("same place, no news for calendars").isFalse();
        assertThat(event.sequence()).isZero();
    }

    @Test
    void revising_a_draft_never_counts_as_a_change_for_calendars() {
        Event event = draft();

        boolean moved = event.revise(referenceEvent().attendanceMode(AttendanceMode.HYBRID)
                .onlineUrl("https://meet.example.org").build(), "", T1);

        assertThat(moved).isTrue();
        assertThat(event.sequence()).isZero();
    }

    @Test
    void an_event_has_ended_when_its_end_has_come() {
        Event event = draft();

        assertThat(event.hasEnded(Instant.parse("2013-11-09T16:29:59Z"))).isFalse();
        assertThat(event.hasEnded(Instant.parse("2013-11-09T16:30:00Z"))).isTrue();
    }
}
