package de.offenekommune.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;

import de.offenekommune.TestFixtures;
import de.offenekommune.IntegrationTest;
import de.offenekommune.account.Organization;
import de.offenekommune.event.Event;
import de.offenekommune.event.Events;
import de.offenekommune.event.Schedule;
import de.offenekommune.event.TestEvents;
import de.offenekommune.event.Topic;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/** iCalendar files and feeds, read back with ical4j as a calendar app would. */
@IntegrationTest
class IcalFeedTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Events events;
    @Autowired
    TestFixtures testFixtures;
    @Autowired
    PlatformTransactionManager transactions;

    TestEvents fixtures;
    Organization organizer;

    @BeforeEach
    void organizer() {
        fixtures = new TestEvents(events, testFixtures, transactions);
        organizer = fixtures.organization("Stadtteilbüro Ölberg");
    }

    @Test
    void a_multi_day_event_across_the_end_of_daylight_saving_keeps_its_local_times_and_true_instants() throws Exception {
        // Daylight saving time ends in Germany on Sunday, 25 October 2026, at 03:00 (CEST → CET).
        Event event = fixtures.event(organizer).title("Herbstakademie")
                .at(LocalDateTime.of(2026, 10, 24, 10, 0), LocalDateTime.of(2026, 10, 26, 16, 0)).save();

        String text = ics("/events/" + event.slug() + ".ics");
        Calendar calendar = parse(text);
        VEvent vevent = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        VTimeZone zone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();

        assertThat(text).contains("DTSTART;TZID=Europe/Berlin:20261024T100000", "DTEND;TZID=Europe/Berlin:20261026T160000");
        assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Berlin");
        // The time zone in the file itself says +02:00 before and +01:00 after the change.
        LocalDateTime start = localOf(vevent.<DtStart<Temporal>>getRequiredProperty(Property.DTSTART).getDate());
        LocalDateTime end = localOf(vevent.<DtEnd<Temporal>>getRequiredProperty(Property.DTEND).getDate());
        assertThat(offsetIn(zone, start)).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(offsetIn(zone, end)).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(start.toInstant(offsetIn(zone, start))).isEqualTo(Instant.parse("2026-10-24T08:00:00Z"));
        assertThat(end.toInstant(offsetIn(zone, end))).isEqualTo(Instant.parse("2026-10-26T15:00:00Z"));
        assertThat(vevent.getUid().orElseThrow().getValue()).isEqualTo(event.id() + "@localhost");
        assertThat(vevent.getSequence().getSequenceNo()).isZero();
        assertThat(vevent.getStatus().getValue()).isEqualTo("CONFIRMED");
    }

    @Test
    void a_cancelled_event_says_so_with_a_higher_sequence_and_the_same_uid() throws Exception {
        Event event = fixtures.event(organizer).title("Ratsforum").cancelled("Der Saal ist nicht verfügbar.").save();

        VEvent vevent = parse(ics("/events/" + event.slug() + ".ics")).<VEvent>getComponent(Component.VEVENT).orElseThrow();

        assertThat(vevent.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(vevent.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(vevent.getUid().orElseThrow().getValue()).startsWith(event.id().toString());
        assertThat(vevent.getSummary().getValue()).isEqualTo("Abgesagt: Ratsforum");
        assertThat(vevent.getDescription().getValue()).startsWith("Abgesagt: Der Saal ist nicht verfügbar.");
    }

    @Test
    void an_all_day_event_uses_dates_with_the_day_after_as_exclusive_end() throws Exception {
        Event event = fixtures.event(organizer).title("Barcamp")
                .schedule(Schedule.allDay(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6), Schedule.DEFAULT_ZONE)).save();

        String text = ics("/events/" + event.slug() + ".ics");

        assertThat(text).contains("DTSTART;VALUE=DATE:20261205\r\n", "DTEND;VALUE=DATE:20261207\r\n");
        assertThat(text).doesNotContain("BEGIN:VTIMEZONE");
    }

    @Test
    void text_is_escaped_and_every_line_is_folded_to_75_octets() throws Exception {
        String title = "Wärmewende, Straßenbäume; Grünflächen \\ Übergänge: ein sehr langer Titel mit Umlauten äöü ÄÖÜ ß";
        String description = "Erste Zeile, mit Komma; und Semikolon.\nZweite Zeile: ✓ € „Anführung“ " + "ä".repeat(120);
        Event event = fixtures.event(organizer).title(title).description(description)
                .topics(java.util.Set.of(Topic.CLIMATE)).save();

        String text = ics("/events/" + event.slug() + ".ics");
        VEvent vevent = parse(text).<VEvent>getComponent(Component.VEVENT).orElseThrow();

        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(text).doesNotContain("\n\n").contains("Wärmewende\\, Straßenbäume\\; Grünflächen \\\\ Übergänge");
        assertThat(vevent.getSummary().getValue()).isEqualTo(title);
        assertThat(vevent.getDescription().getValue()).contains(description);
        assertThat(text).endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void feeds_take_the_listing_parameters_and_answer_304_until_something_changes() throws Exception {
        Event climate = fixtures.event(organizer).title("Klimaforum").topics(java.util.Set.of(Topic.CLIMATE)).save();
        fixtures.event(organizer).title("Verkehrsforum").topics(java.util.Set.of(Topic.MOBILITY)).save();
        String url = "/events.ics?organizer=" + organizer.slug() + "&topic=CLIMATE";

        MvcResult first = mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar")).andReturn();
        Calendar calendar = parse(first.getResponse().getContentAsString(StandardCharsets.UTF_8));
        String etag = first.getResponse().getHeader("ETag");

        List<VEvent> entries = calendar.getComponents(Component.VEVENT);
        assertThat(entries).extracting(e -> e.getSummary().getValue()).containsExactly("Klimaforum");
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).contains("Stadtteilbüro Ölberg");
        assertThat(calendar.getProperty("REFRESH-INTERVAL").orElseThrow().getValue()).isEqualTo("PT1H");
        assertThat(first.getResponse().getHeader("Cache-Control")).contains("public");
        mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified());

        fixtures.event(organizer).title("Zweites Klimaforum").topics(java.util.Set.of(Topic.CLIMATE)).save();

        mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isOk());
        assertThat(climate.id()).isNotNull();
    }

    @Test
    void bad_feed_parameters_are_problems_not_errors() throws Exception {
        mvc.perform(get("/events.ics").param("topic", "PARTY").param("from", "2026-12-01").param("to", "2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("topic", "to")));
        mvc.perform(get("/events.atom").param("q", "x".repeat(10_000))).andExpect(status().isBadRequest());
        mvc.perform(get("/events/does-not-exist.ics")).andExpect(status().isNotFound());
    }

    @Test
    void drafts_have_no_calendar_file() throws Exception {
        Event draft = fixtures.event(organizer).title("Geheim").draft().save();

        mvc.perform(get("/events/" + draft.slug() + ".ics")).andExpect(status().isNotFound());
    }

    private String ics(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static LocalDateTime localOf(Temporal value) {
        return value instanceof ZonedDateTime zoned ? zoned.toLocalDateTime() : LocalDateTime.from(value);
    }

    private static ZoneOffset offsetIn(VTimeZone zone, LocalDateTime local) {
        // Asked with the local time read as UTC: hours off at most, and both times are a day away from the change.
        Observance observance = zone.getApplicableObservance(local.atOffset(ZoneOffset.UTC));
        return observance.<TzOffsetTo>getRequiredProperty(Property.TZOFFSETTO).getOffset();
    }
}
