package de.offenekommune.event.web;

import static de.offenekommune.EventDetailsBuilder.referenceEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import de.offenekommune.event.AttendanceMode;
import de.offenekommune.event.Audience;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventLink;
import de.offenekommune.event.EventType;
import de.offenekommune.event.Municipality;
import de.offenekommune.event.RegisteredMunicipality;
import de.offenekommune.event.Schedule;
import de.offenekommune.platform.FederalState;
import de.offenekommune.platform.Violations;

class EventFormTests {

    private final Violations violations = new Violations();

    private EventDetails parse(EventFormInput input) {
        return input.toForm().toDetails(violations);
    }

    private List<String> problems() {
        return violations.list().stream().map(v -> v.field() + ": " + v.code()).toList();
    }

    @Test
    void the_reference_conference_as_typed_becomes_the_reference_event() {
        EventDetails details = parse(EventFormInput.reference());

        assertThat(problems()).isEmpty();
        assertThat(details).isEqualTo(referenceEvent().build());
    }

    @Test
    void german_and_iso_dates_mean_the_same_day() {
        EventDetails german = parse(EventFormInput.reference().set("startDate", "9.11.2013").set("endDate", "09.11.2013"));
        EventDetails iso = parse(EventFormInput.reference().set("startDate", "2013-11-09").set("endDate", "2013-11-09"));

        assertThat(problems()).isEmpty();
        assertThat(german.schedule()).isEqualTo(iso.schedule()).isEqualTo(referenceEvent().build().schedule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2013", "30.02.2013", "31.04.2013", "2013-02-31", "2013-13-01", "9/11/2013", "morgen", "9.11."})
    void impossible_dates_are_reported_not_corrected(String date) {
        parse(EventFormInput.reference().set("startDate", date));

        assertThat(problems()).containsExactly("startsAt: typeMismatch.java.time.LocalDate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00", "24:00", "9:60", "halb zehn", "0930"})
    void impossible_times_are_reported_not_corrected(String time) {
        parse(EventFormInput.reference().set("endTime", time));

        assertThat(problems()).containsExactly("endTime: typeMismatch.java.time.LocalTime");
    }

    @Test
    void times_may_be_written_with_a_dot_and_without_a_leading_zero() {
        EventDetails details = parse(EventFormInput.reference().set("startTime", "9.30").set("endTime", "17.30"));

        assertThat(problems()).isEmpty();
        assertThat(details.schedule()).isEqualTo(referenceEvent().build().schedule());
    }

    @Test
    void a_missing_start_date_is_reported_and_no_schedule_made() {
        EventDetails details = parse(EventFormInput.reference().set("startDate", "  "));

        assertThat(problems()).containsExactly("startsAt: NotBlank");
        assertThat(details.schedule()).isNull();
    }

    @Test
    void missing_times_are_reported_per_field() {
        EventDetails details = parse(EventFormInput.reference().set("startTime", "").remove("endTime"));

        assertThat(problems()).containsExactly("startTime: NotBlank", "endTime: NotBlank");
        assertThat(details.schedule()).isNull();
    }

    @Test
    void an_all_day_event_needs_no_times_and_its_end_date_is_inclusive() {
        EventDetails details = parse(EventFormInput.reference().set("allDay", "true").set("startTime", "")
                .set("endTime", "").set("endDate", "10.11.2013"));

        assertThat(problems()).isEmpty();
        assertThat(details.schedule().allDay()).isTrue();
        assertThat(details.schedule().start()).isEqualTo(Instant.parse("2013-11-08T23:00:00Z"));
        assertThat(details.schedule().end()).isEqualTo(Instant.parse("2013-11-10T23:00:00Z"));
    }

    @Test
    void an_unknown_time_zone_is_reported_and_berlin_assumed_for_the_rest() {
        EventDetails details = parse(EventFormInput.reference().set("timeZone", "Mars/Olympus"));

        assertThat(problems()).containsExactly("timeZone: event.timeZoneInvalid");
        assertThat(details.schedule().zone()).isEqualTo(Schedule.DEFAULT_ZONE);
    }

    @Test
    void times_are_read_in_the_chosen_zone() {
        EventDetails details = parse(EventFormInput.reference().set("timeZone", "America/New_York"));

        assertThat(details.schedule().start()).isEqualTo(LocalDateTime.of(2013, 11, 9, 9, 30)
                .atZone(java.time.ZoneId.of("America/New_York")).toInstant());
    }

    @Test
    void numbers_that_are_not_numbers_are_reported_per_field() {
        parse(EventFormInput.reference().set("registrationCapacity", "zehn").set("venueLatitude", "Nord")
                .set("venueLongitude", "7°12'"));

        assertThat(problems()).containsExactly("venue.latitude: typeMismatch.java.math.BigDecimal",
                "venue.longitude: typeMismatch.java.math.BigDecimal",
                "registration.capacity: typeMismatch.java.lang.Integer");
    }

    @Test
    void coordinates_may_use_a_decimal_comma_and_capacity_surrounding_blanks() {
        EventDetails details = parse(EventFormInput.reference().set("venueLatitude", "51,266944")
                .set("registrationCapacity", " 120 "));

        assertThat(problems()).isEmpty();
        assertThat(details.venue().latitude()).isEqualByComparingTo("51.266944");
        assertThat(details.registration().capacity()).isEqualTo(120);
    }

    @Test
    void blank_link_rows_are_skipped_and_the_rest_renumbered() {
        EventDetails details = parse(EventFormInput.reference()
                .set("linkLabel", "", "Veranstaltung auf Facebook", "  ", "@OKNRW auf Twitter")
                .set("linkUrl", "", "https://www.facebook.com/events/oknrw2013", "", "twitter.com/OKNRW"));

        assertThat(problems()).isEmpty();
        assertThat(details.links()).containsExactly(
                new EventLink("Veranstaltung auf Facebook", "https://www.facebook.com/events/oknrw2013"),
                new EventLink("@OKNRW auf Twitter", "https://twitter.com/OKNRW"));
    }

    @Test
    void a_link_with_a_label_needs_an_address_that_is_a_web_link() {
        parse(EventFormInput.reference()
                .set("linkLabel", "", "Ohne Adresse", "Böser Link")
                .set("linkUrl", "", "", "javascript:alert(1)"));

        assertThat(problems()).containsExactly("links[0].url: NotBlank", "links[1].url: WebLink");
    }

    @Test
    void unknown_choices_are_rejected_and_known_ones_kept() {
        EventDetails details = parse(EventFormInput.reference().set("type", "PARTY").set("attendanceMode", "TELEPATHY")
                .set("venueState", "BAVARIA").set("registrationMode", "MAYBE")
                .set("audiences", "CITIZENS", "ALIENS").set("topics", "GOSSIP").set("accessibility", "TELEPORTER"));

        assertThat(problems()).containsExactly("type: event.unknownChoice", "attendanceMode: event.unknownChoice",
                "venue.state: event.unknownChoice", "registration.mode: event.unknownChoice",
                "audiences: event.unknownChoice", "topics: event.unknownChoice", "accessibility: event.unknownChoice");
        assertThat(details.type()).isNull();
        assertThat(details.audiences()).containsExactly(Audience.CITIZENS);
        assertThat(details.topics()).isEmpty();
    }

    @Test
    void choices_are_read_regardless_of_case() {
        EventDetails details = parse(EventFormInput.reference().set("type", "workshop").set("attendanceMode", " hybrid ")
                .set("onlineUrl", "https://meet.example.org/oknrw"));

        assertThat(problems()).isEmpty();
        assertThat(details.type()).isEqualTo(EventType.WORKSHOP);
        assertThat(details.attendanceMode()).isEqualTo(AttendanceMode.HYBRID);
    }

    @Test
    void a_price_counts_only_when_participation_is_not_free() {
        assertThat(parse(EventFormInput.reference().set("free", "true").set("priceText", "15 €")).cost().priceText()).isNull();
        assertThat(parse(EventFormInput.reference().set("free", "false").set("priceText", " 15 €, ermäßigt 8 € ")).cost())
                .satisfies(cost -> {
                    assertThat(cost.free()).isFalse();
                    assertThat(cost.priceText()).isEqualTo("15 €, ermäßigt 8 €");
                });
    }

    @Test
    void registration_times_default_to_the_start_and_end_of_their_day_in_the_event_zone() {
        EventDetails details = parse(EventFormInput.reference().set("registrationOpensDate", "01.10.2013")
                .set("registrationDeadlineDate", "2013-11-07"));

        assertThat(problems()).isEmpty();
        assertThat(details.registration().opensAt()).isEqualTo(Instant.parse("2013-09-30T22:00:00Z"));
        assertThat(details.registration().deadline()).isEqualTo(Instant.parse("2013-11-07T22:59:00Z"));
    }

    @Test
    void bad_registration_dates_and_times_are_reported_under_the_registration_paths() {
        parse(EventFormInput.reference().set("registrationOpensDate", "gestern")
                .set("registrationDeadlineDate", "07.11.2013").set("registrationDeadlineTime", "26:00"));

        assertThat(problems()).containsExactly("registration.opensAt: typeMismatch.java.time.LocalDate",
                "registration.deadline: typeMismatch.java.time.LocalTime");
    }

    @Test
    void texts_are_cleaned_and_single_line_fields_lose_their_line_breaks() {
        EventDetails details = parse(EventFormInput.reference().set("title", "  Offene\u200B Kommunen\r\n.NRW\u202E ")
                .set("description", "Absatz eins\r\n\r\nAbsatz zwei"));

        assertThat(details.title()).isEqualTo("Offene Kommunen .NRW");
        assertThat(details.description()).isEqualTo("Absatz eins\n\nAbsatz zwei");
    }

    @Test
    void moving_only_the_start_of_an_event_of_several_days_moves_its_end_along() {
        // GIVEN a saved event of 9 and 10 November, WHEN only the start is moved a week on
        EventDetails details = parse(EventFormInput.reference().set("startDate", "16.11.2013").set("endDate", "2013-11-10")
                .set("previousStartDate", "2013-11-09").set("previousEndDate", "2013-11-10"));

        // THEN it keeps its two days
        assertThat(problems()).isEmpty();
        assertThat(details.schedule().firstDay()).isEqualTo(java.time.LocalDate.of(2013, 11, 16));
        assertThat(details.schedule().lastDay()).isEqualTo(java.time.LocalDate.of(2013, 11, 17));
    }

    @Test
    void an_end_the_organizer_changed_is_kept_as_typed() {
        // GIVEN a saved event of 9 and 10 November, WHEN start and end are both changed
        EventDetails details = parse(EventFormInput.reference().set("startDate", "16.11.2013").set("endDate", "18.11.2013")
                .set("previousStartDate", "2013-11-09").set("previousEndDate", "2013-11-10"));

        // THEN
        assertThat(problems()).isEmpty();
        assertThat(details.schedule().lastDay()).isEqualTo(java.time.LocalDate.of(2013, 11, 18));
    }

    @Test
    void an_end_typed_before_the_start_is_kept_for_the_rules_to_refuse() {
        // WHEN a new event (no saved dates) gets an end before its start
        EventDetails details = parse(EventFormInput.reference().set("startDate", "16.11.2013").set("endDate", "10.11.2013"));

        // THEN nothing is moved silently
        assertThat(details.schedule().lastDay()).isEqualTo(java.time.LocalDate.of(2013, 11, 10));
        assertThat(details.schedule().end()).isBefore(details.schedule().start());
    }

    @Test
    void a_municipality_picked_from_the_list_carries_its_key() {
        // WHEN
        EventDetails details = input().set("municipalityName", " Monheim am Rhein (05158020) ").toForm()
                .toDetails(violations, name -> List.of());

        // THEN
        assertThat(problems()).isEmpty();
        assertThat(details.municipality()).isEqualTo(new Municipality("Monheim am Rhein", "05158020"));
    }

    @Test
    void a_name_the_register_knows_once_gets_its_key_from_there() {
        // WHEN
        EventDetails details = input().set("municipalityName", "wuppertal").toForm()
                .toDetails(violations, register(WUPPERTAL));

        // THEN
        assertThat(problems()).isEmpty();
        assertThat(details.municipality()).isEqualTo(new Municipality("Wuppertal", "05124000"));
    }

    @Test
    void a_name_several_registered_municipalities_share_asks_to_pick_one() {
        // GIVEN two Kommunen registered under the same name
        RegisteredMunicipality inHolstein = new RegisteredMunicipality("01055033", "Neustadt", "Kreis Ostholstein",
                FederalState.SCHLESWIG_HOLSTEIN);
        RegisteredMunicipality inHessen = new RegisteredMunicipality("06534017", "Neustadt",
                "Landkreis Marburg-Biedenkopf", FederalState.HESSEN);

        // WHEN
        input().set("municipalityName", "Neustadt").toForm().toDetails(violations, register(inHolstein, inHessen));

        // THEN
        assertThat(problems()).containsExactly("municipality.name: event.municipalityAmbiguous");
        assertThat(EventForm.fieldName("municipality.name")).isEqualTo("municipalityName");
    }

    @Test
    void a_name_the_register_does_not_know_stays_a_name_without_a_key() {
        // WHEN
        EventDetails details = input().set("municipalityName", "Kleinstadt").toForm()
                .toDetails(violations, register(WUPPERTAL));

        // THEN
        assertThat(problems()).isEmpty();
        assertThat(details.municipality()).isEqualTo(new Municipality("Kleinstadt", null));
    }

    @Test
    void the_api_gives_name_and_key_apart_and_they_are_taken_as_they_are() {
        // WHEN
        EventDetails details = input().set("municipalityName", "Stadt Wuppertal").set("municipalityAgs", "05124000")
                .toForm().toDetails(violations, register(WUPPERTAL));

        // THEN
        assertThat(details.municipality()).isEqualTo(new Municipality("Stadt Wuppertal", "05124000"));
    }

    private static final RegisteredMunicipality WUPPERTAL = new RegisteredMunicipality("05124000", "Wuppertal", null,
            FederalState.NORDRHEIN_WESTFALEN);

    /** The reference input with its venue in no particular state, so that any municipality fits. */
    private static EventFormInput input() {
        return EventFormInput.reference().set("venueState", "");
    }

    private static Function<String, List<RegisteredMunicipality>> register(RegisteredMunicipality... known) {
        return name -> Stream.of(known).filter(each -> each.name().equalsIgnoreCase(name)).toList();
    }

    @ParameterizedTest
    @CsvSource({
            "startsAt, startDate", "endsAt, endDate", "registration.opensAt, registrationOpensDate",
            "registration.deadline, registrationDeadlineDate", "cost.priceText, priceText", "links, linkLabel0",
            "links[0].label, linkLabel0", "links[3].url, linkUrl3", "links[12].url, linkUrl12",
            "venue.postalCode, venuePostalCode", "municipality.ags, municipalityName", "registration.url, registrationUrl",
            "registration.capacity, registrationCapacity", "contact.email, contactEmail", "title, title",
            "timeZone, timeZone", "startTime, startTime"})
    void maps_rule_paths_to_the_form_fields_that_show_them(String path, String field) {
        assertThat(EventForm.fieldName(path)).isEqualTo(field);
    }
}
