package de.offenekommune.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.IntegrationTest;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventManagement;
import de.offenekommune.platform.CsvWriter;
import de.offenekommune.registration.RegistrationFixtures.Organizer;
import de.offenekommune.registration.internal.Seats;
import de.offenekommune.registration.internal.Tallies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Attendance counts as open data: published once the event has ended, below five only as "< 5", in the
 * API, the CSV and JSON exports and named in the DCAT catalog; nothing personal, nothing for cancelled events.
 */
@IntegrationTest
class AttendanceOpenDataTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Seats seats;
    @Autowired
    Tallies tallies;
    @Autowired
    EventManagement events;
    @Autowired
    JsonMapper json;

    RegistrationFixtures fixtures;
    Organizer organizer;

    @BeforeEach
    void an_organizer() {
        fixtures = new RegistrationFixtures(context);
        organizer = fixtures.organizer();
    }

    @Test
    void counts_appear_after_the_event_in_api_and_exports_with_small_numbers_hidden() throws Exception {
        // GIVEN 3 registrations for 5 people with a seat, 4 people waiting, nobody cancelled
        Event event = fixtures.publishedEvent(organizer, 100);
        people(event, "CONFIRMED", 0, 2);
        people(event, "CONFIRMED", 2, 1);
        people(event, "WAITLISTED", 0, 4);

        // WHEN the event has not ended THEN nothing is published
        tallies.publishAttendance(Instant.now());
        JsonNode before = attendance(event);
        assertThat(before.get("published").asBoolean()).isFalse();
        assertThat(absent(before, "registered")).isTrue();
        assertThat(csvRow(event).get("attendance_registered")).isEmpty();

        // WHEN it has ended and the publication ran
        ended(event);
        tallies.publishAttendance(Instant.now());

        // THEN the API, CSV and JSON show the counts, small ones as "< 5", check-ins as not recorded
        JsonNode after = attendance(event);
        assertThat(after.get("published").asBoolean()).isTrue();
        assertThat(after.get("registered").asString()).isEqualTo("5");
        assertThat(after.get("waitlisted").asString()).isEqualTo("< 5");
        assertThat(after.get("cancelled").asString()).isEqualTo("< 5");
        assertThat(absent(after, "checkedIn")).isTrue();
        // The exports are kept pages: the signal of the publication's commit empties them asynchronously.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            CSVRecord row = csvRow(event);
            assertThat(row.get("attendance_registered")).isEqualTo("5");
            assertThat(row.get("attendance_waitlisted")).isEqualTo("< 5");
            assertThat(row.get("attendance_checked_in")).isEmpty();
            assertThat(row.get("attendance_cancelled")).isEqualTo("< 5");
        });
        JsonNode exported = jsonRow(event);
        assertThat(exported.get("attendance_registered").asString()).isEqualTo("5");
        assertThat(absent(exported, "attendance_checked_in")).isTrue();
        assertThat(exported.has("attendance_checked_in")).as("every field in every record").isTrue();
        String csv = body("/open-data/events.csv");
        assertThat(csv).doesNotContain("attendance-" + event.id());
        assertThat(body("/open-data/catalog.rdf")).contains("Teilnahmezahlen").contains("&lt; 5");
        assertThat(body("/api/v1/openapi.json")).contains("/api/v1/events/{id}/attendance");
    }

    @Test
    void an_event_that_checked_people_in_publishes_how_many_came() throws Exception {
        // GIVEN 7 registrations of one person and one of three, of whom the 6 single ones and the three came in
        Event event = fixtures.publishedEvent(organizer, 100);
        people(event, "CONFIRMED", 0, 7);
        people(event, "CONFIRMED", 2, 1);
        jdbc.sql("""
                        insert into check_in (registration_id, event_id, checked_in_at, door)
                        select id, event_id, now(), 'Haupteingang'
                          from registration
                         where event_id = :event
                         order by companions desc, id
                         limit 7
                        """)
                .param("event", event.id().value()).update();

        // WHEN it has ended and the publication ran
        ended(event);
        tallies.publishAttendance(Instant.now());

        // THEN 9 of 10 people are counted as checked in
        assertThat(attendance(event).get("checkedIn").asString()).isEqualTo("9");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(csvRow(event).get("attendance_checked_in")).isEqualTo("9"));
    }

    @Test
    void a_cancelled_event_publishes_no_counts() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 100);
        people(event, "CONFIRMED", 0, 6);
        events.cancel(organizer.principal(), event.id(), "Der Saal ist gesperrt.");
        ended(event);
        tallies.publishAttendance(Instant.now());

        assertThat(attendance(event).get("published").asBoolean()).isFalse();
        assertThat(csvRow(event).get("attendance_registered")).isEmpty();
    }

    /** {@code registrations} registrations of one person plus {@code companions} each, in {@code state}. */
    private void people(Event event, String state, int companions, int registrations) {
        transaction.executeWithoutResult(status -> {
            seats.lock(event.id()).orElseThrow();
            jdbc.sql("""
                            insert into registration (id, event_id, state, name, email, companions, locale, created_at,
                                                      email_verified_at, waitlist_seq, cancelled_at)
                            select gen_random_uuid(), :event, :state, 'Person ' || n,
                                   'attendance-' || :event || '-' || gen_random_uuid() || '@example.org', :companions, 'de',
                                   now(), now(),
                                   case when :state = 'WAITLISTED' then 1000 + n + (random() * 1000000)::bigint end,
                                   case when :state = 'CANCELLED' then now() end
                              from generate_series(1, :n) as n
                            """)
                    .param("event", event.id().value()).param("state", state).param("companions", companions)
                    .param("n", registrations).update();
        });
    }

    private void ended(Event event) {
        jdbc.sql("update registration_tally set event_ends_at = now() - interval '1 hour' where event_id = :event")
                .param("event", event.id().value()).update();
    }

    private JsonNode attendance(Event event) throws Exception {
        return json.readTree(body("/api/v1/events/" + event.id() + "/attendance"));
    }

    private CSVRecord csvRow(Event event) throws Exception {
        return CsvWriter.Dialect.RFC_4180.format().builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body("/open-data/events.csv"))).getRecords().stream()
                .filter(record -> record.get("id").equals(event.id().toString()))
                .findFirst().orElseThrow();
    }

    private JsonNode jsonRow(Event event) throws Exception {
        for (JsonNode node : json.readTree(body("/open-data/events.json")).get("events")) {
            if (node.get("id").asString().equals(event.id().toString())) {
                return node;
            }
        }
        throw new AssertionError("Not exported: " + event.id());
    }

    private static boolean absent(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull();
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
