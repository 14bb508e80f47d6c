package de.offenekommune.event;

import static de.offenekommune.EventDetailsBuilder.referenceEvent;
import static de.offenekommune.EventDetailsBuilder.referenceVenue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.platform.FederalState;
import de.offenekommune.platform.Violations;

/** Schedule and place rules; participation and text rules are in {@link EventRulesParticipationTests}. */
class EventRulesTests {

    static List<String> violationsOf(EventDetailsBuilder event) {
        Violations violations = new Violations();
        EventRules.check(event.build(), violations);
        return violations.list().stream().map(v -> v.field() + ": " + v.code()).toList();
    }

    static Schedule berlin(String start, String end) {
        return Schedule.timed(LocalDateTime.parse(start), LocalDateTime.parse(end), Schedule.DEFAULT_ZONE);
    }

    @Test
    void the_reference_conference_breaks_no_rule() {
        assertThat(violationsOf(referenceEvent())).isEmpty();
    }

    @Test
    void requires_type_title_summary_and_attendance_mode() {
        // GIVEN an event without its basic facts
        var event = referenceEvent().type(null).title(null).summary("   ").attendanceMode(null);

        // WHEN / THEN each missing fact is named
        assertThat(violationsOf(event)).containsExactly("type: NotNull", "title: NotBlank", "summary: NotBlank",
                "attendanceMode: NotNull");
    }

    @Test
    void rejects_an_end_before_the_start_but_accepts_a_zero_length_event() {
        assertThat(violationsOf(referenceEvent().schedule(berlin("2013-11-09T17:30", "2013-11-09T09:30"))))
                .containsExactly("endsAt: event.endBeforeStart");
        assertThat(violationsOf(referenceEvent().schedule(berlin("2013-11-09T09:30", "2013-11-09T09:30")))).isEmpty();
    }

    @Test
    void rejects_events_longer_than_366_days() {
        assertThat(violationsOf(referenceEvent().schedule(berlin("2013-01-01T00:00", "2014-01-02T00:01"))))
                .containsExactly("endsAt: event.tooLong");
        assertThat(violationsOf(referenceEvent().schedule(berlin("2013-01-01T00:00", "2014-01-02T00:00")))).isEmpty();
        assertThat(violationsOf(referenceEvent().schedule(
                Schedule.allDay(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31), Schedule.DEFAULT_ZONE))))
                .isEmpty();
    }

    @Test
    void rejects_years_before_1990_and_after_2200() {
        assertThat(violationsOf(referenceEvent().schedule(berlin("1989-12-31T10:00", "1989-12-31T12:00"))))
                .containsExactly("startsAt: event.yearOutOfRange");
        assertThat(violationsOf(referenceEvent().schedule(berlin("2201-01-02T10:00", "2201-01-02T12:00"))))
                .containsExactly("startsAt: event.yearOutOfRange");
        assertThat(violationsOf(referenceEvent().schedule(berlin("2199-06-01T10:00", "2199-06-01T12:00")))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = AttendanceMode.class, names = {"IN_PERSON", "HYBRID"})
    void events_with_a_venue_need_its_name_street_postal_code_and_locality(AttendanceMode mode) {
        var event = referenceEvent().attendanceMode(mode).onlineUrl("https://meet.example.org/tagung").venue(Venue.NONE);

        assertThat(violationsOf(event)).containsExactly("venue.name: NotBlank", "venue.street: NotBlank",
                "venue.locality: NotBlank", "venue.postalCode: NotBlank");
    }

    @Test
    void online_events_need_no_venue_but_a_link_to_join() {
        var online = referenceEvent().attendanceMode(AttendanceMode.ONLINE).venue(Venue.NONE)
                .municipality(Municipality.NONE);

        assertThat(violationsOf(online)).containsExactly("onlineUrl: event.onlineUrlRequired");
        assertThat(violationsOf(online.onlineUrl("https://meet.example.org/tagung"))).isEmpty();
    }

    @Test
    void hybrid_events_need_a_link_to_join_too() {
        assertThat(violationsOf(referenceEvent().attendanceMode(AttendanceMode.HYBRID)))
                .containsExactly("onlineUrl: event.onlineUrlRequired");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4228", "422830", "4228A", "42 283"})
    void a_postal_code_has_five_digits(String postalCode) {
        Venue venue = referenceVenue();
        var event = referenceEvent().venue(new Venue(venue.name(), venue.street(), postalCode, venue.locality(),
                venue.district(), venue.state(), venue.latitude(), venue.longitude(), null, null));

        assertThat(violationsOf(event)).containsExactly("venue.postalCode: event.postalCodeInvalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5124000", "051240001", "0512400X", "17000000", "00000000", "99124000"})
    void an_ags_has_eight_digits_and_starts_with_a_state_key(String ags) {
        assertThat(violationsOf(referenceEvent().municipality(new Municipality("Wuppertal", ags))))
                .containsExactly("municipality.ags: event.agsInvalid");
    }

    @Test
    void the_ags_must_belong_to_the_state_of_the_venue() {
        // GIVEN Wuppertal's key (05 = NRW) for a venue said to be in Bavaria
        Venue venue = referenceVenue();
        var event = referenceEvent().venue(new Venue(venue.name(), venue.street(), venue.postalCode(), venue.locality(),
                venue.district(), FederalState.BAYERN, null, null, null, null));

        // THEN
        assertThat(violationsOf(event)).containsExactly("municipality.ags: event.agsStateMismatch");
    }

    @Test
    void an_ags_needs_the_name_of_its_municipality() {
        assertThat(violationsOf(referenceEvent().municipality(new Municipality(null, "05124000"))))
                .containsExactly("municipality.name: event.municipalityNameRequired");
    }

    @Test
    void coordinates_come_both_or_not_at_all() {
        assertThat(violationsOf(referenceEvent().venue(coordinates("51.266944", null))))
                .containsExactly("venue.longitude: event.coordinatesIncomplete");
        assertThat(violationsOf(referenceEvent().venue(coordinates(null, "7.2075"))))
                .containsExactly("venue.latitude: event.coordinatesIncomplete");
        assertThat(violationsOf(referenceEvent().venue(coordinates(null, null)))).isEmpty();
    }

    @Test
    void coordinates_must_lie_on_earth() {
        assertThat(violationsOf(referenceEvent().venue(coordinates("90.000001", "7")))).containsExactly(
                "venue.latitude: event.latitudeInvalid");
        assertThat(violationsOf(referenceEvent().venue(coordinates("-91", "7")))).containsExactly(
                "venue.latitude: event.latitudeInvalid");
        assertThat(violationsOf(referenceEvent().venue(coordinates("51", "180.5")))).containsExactly(
                "venue.longitude: event.longitudeInvalid");
        assertThat(violationsOf(referenceEvent().venue(coordinates("51", "-181")))).containsExactly(
                "venue.longitude: event.longitudeInvalid");
        assertThat(violationsOf(referenceEvent().venue(coordinates("-90", "180")))).isEmpty();
        assertThat(violationsOf(referenceEvent().venue(coordinates("90", "-180")))).isEmpty();
    }

    private static Venue coordinates(String latitude, String longitude) {
        Venue venue = referenceVenue();
        return new Venue(venue.name(), venue.street(), venue.postalCode(), venue.locality(), venue.district(),
                venue.state(), latitude == null ? null : new BigDecimal(latitude),
                longitude == null ? null : new BigDecimal(longitude), null, null);
    }
}
