package de.offenekommune.registration.web;

import static de.offenekommune.FormTokens.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.offenekommune.IntegrationTest;
import de.offenekommune.event.Event;
import de.offenekommune.registration.internal.CheckInDesk;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.RegistrationFixtures;
import de.offenekommune.registration.RegistrationFixtures.Organizer;
import de.offenekommune.registration.internal.Registrations;
import de.offenekommune.registration.internal.RegistrationId;

/**
 * How many check-ins one door manages per second when two doors scan at once: each door sends the codes of
 * its own 300 seat holders one after the other through the page's JSON endpoint (the whole web stack, signature
 * check, row insert), as fast as it can. A measurement, not a test: it asserts counts, never times, and runs
 * only with {@code -Dok.measure=true}. The figures go to standard output and
 * {@code target/measurements/check-in.txt}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "ok.measure", matches = "true")
class CheckInRateMeasurement {

    static final int PER_DOOR = 300;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    CheckInDesk desk;
    @Autowired
    Registrations registrations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void two_doors_scanning_as_fast_as_they_can() throws Exception {
        // GIVEN 600 confirmed seat holders, written straight into the table (the registration flow is measured elsewhere)
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        Organizer organizer = fixtures.organizer();
        Event event = fixtures.publishedEvent(organizer, null);
        List<List<String>> codes = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < 2 * PER_DOOR; i++) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into registration (id, event_id, state, name, email, locale, created_at, confirmed_at,
                                                      email_verified_at)
                            values (:id, :event, 'CONFIRMED', :name, :email, 'de', now(), now(), now())
                            """)
                    .param("id", id).param("event", event.id().value()).param("name", "Gast " + i)
                    .param("email", "gast-" + id + "@example.org").update();
            Registration registration = registrations.findById(new RegistrationId(id)).orElseThrow();
            codes.get(i % 2).add(desk.code(registration));
        }
        RequestPostProcessor token = formToken(mvc);

        // WHEN two doors scan their codes at the same time
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService doors = Executors.newFixedThreadPool(2);
        List<Future<Double>> rates = new ArrayList<>();
        for (int door = 0; door < 2; door++) {
            List<String> mine = codes.get(door);
            String name = "Eingang " + (door + 1);
            rates.add(doors.submit(() -> {
                start.await();
                long began = System.nanoTime();
                for (String code : mine) {
                    String answer = mvc.perform(post("/manage/events/" + event.id() + "/check-in/scan")
                                    .param("code", code).param("door", name).accept(MediaType.APPLICATION_JSON)
                                    .with(user(organizer.principal())).with(token))
                            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                    assertThat(answer).contains("\"kind\":\"success\"");
                }
                return mine.size() / ((System.nanoTime() - began) / 1e9);
            }));
        }
        start.countDown();
        double first = rates.get(0).get();
        double second = rates.get(1).get();
        doors.shutdown();

        // THEN everyone is in once
        assertThat(desk.board(desk.organizer(organizer.principal(), event.id())).checkedIn()).isEqualTo(2 * PER_DOOR);
        report(String.format("%s check-in: two doors at once, %d scans each: %.0f and %.0f check-ins per second per door%n",
                Instant.now(), PER_DOOR, first, second));
    }

    private static void report(String line) throws IOException {
        System.out.print(line);
        Path file = Path.of("target", "measurements", "check-in.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
