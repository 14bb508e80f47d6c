package de.offenekommune.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.event.Event;
import de.offenekommune.IntegrationTest;
import de.offenekommune.registration.RegistrationFixtures;
import de.offenekommune.registration.RegistrationFixtures.Organizer;
import de.offenekommune.registration.internal.RegistrationInput;
import de.offenekommune.registration.RegistrationManagement;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Every iCalendar file the platform hands out – a single event, a feed, the personal file of a
 * registration and the file attached to a mail – has exactly one DTSTAMP and one UID per VEVENT
 * (RFC 5545, 3.6.1), as strict validators demand.
 */
@IntegrationTest
class CalendarFilesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    RegistrationManagement registrations;
    @Autowired
    TransactionTemplate transaction;

    RegistrationFixtures fixtures;
    Event event;

    @BeforeEach
    void published_event() {
        fixtures = new RegistrationFixtures(context);
        Organizer organizer = fixtures.organizer();
        event = fixtures.publishedEvent(organizer, 10);
    }

    @Test
    void the_file_of_a_single_event_has_one_dtstamp_and_one_uid() throws Exception {
        // WHEN
        String file = download("/events/" + event.slug() + ".ics");

        // THEN
        assertEveryEventStampedOnce(file, 1);
    }

    @Test
    void every_event_of_a_feed_has_one_dtstamp_and_one_uid() throws Exception {
        // GIVEN a second event in the same feed
        fixtures.publishedEvent(fixtures.organizer(), null);

        // WHEN
        String feed = download("/events.ics");

        // THEN
        assertThat(count(feed, "BEGIN:VEVENT")).isGreaterThanOrEqualTo(2);
        assertEveryEventStampedOnce(feed, count(feed, "BEGIN:VEVENT"));
    }

    @Test
    void the_personal_file_of_a_registration_and_the_file_in_its_mail_have_one_dtstamp_and_one_uid() throws Exception {
        // GIVEN a confirmed registration
        String email = RegistrationFixtures.email("ics");
        transaction.executeWithoutResult(status -> registrations.register(event.id(),
                new RegistrationInput("Anna Amsel", email, null, null, null, null, true, Locale.GERMAN, null)));
        String token = fixtures.confirm(email);

        // WHEN
        String personal = download("/registrations/" + token + "/calendar.ics");
        byte[] attached = fixtures.lastMail(email, "registration_confirmed_to_registrant").attachment();

        // THEN
        assertEveryEventStampedOnce(personal, 1);
        assertThat(attached).isNotNull();
        assertEveryEventStampedOnce(new String(attached, StandardCharsets.UTF_8), 1);
    }

    private String download(String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Checks the raw lines, as a validator reads them, and the parsed calendar, as a calendar app reads it. */
    private static void assertEveryEventStampedOnce(String file, int events) throws Exception {
        List<List<String>> vevents = vevents(file);
        assertThat(vevents).hasSize(events);
        for (List<String> lines : vevents) {
            assertThat(lines).as("DTSTAMP lines of %s", lines).filteredOn(line -> line.startsWith("DTSTAMP")).hasSize(1);
            assertThat(lines).as("UID lines of %s", lines).filteredOn(line -> line.startsWith("UID")).hasSize(1);
        }
        Calendar calendar = new CalendarBuilder().build(new StringReader(file));
        List<VEvent> parsed = calendar.getComponents(Component.VEVENT);
        assertThat(parsed).hasSize(events).allSatisfy(vevent -> {
            assertThat(vevent.getProperties(Property.DTSTAMP)).hasSize(1);
            assertThat(vevent.getProperties(Property.UID)).hasSize(1);
        });
    }

    /** The unfolded content lines of each VEVENT, without those of components nested in it. */
    private static List<List<String>> vevents(String file) {
        List<List<String>> vevents = new ArrayList<>();
        List<String> current = null;
        int depth = 0;
        for (String line : file.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new ArrayList<>();
                depth = 0;
            } else if (line.equals("END:VEVENT")) {
                vevents.add(current);
                current = null;
            } else if (current != null && line.startsWith("BEGIN:")) {
                depth++;
            } else if (current != null && line.startsWith("END:")) {
                depth--;
            } else if (current != null && depth == 0) {
                current.add(line);
            }
        }
        return vevents;
    }

    private static int count(String text, String line) {
        return (int) text.lines().filter(line::equals).count();
    }
}
