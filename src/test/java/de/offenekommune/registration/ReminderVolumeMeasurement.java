package de.offenekommune.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.Scheduler;

import de.offenekommune.IntegrationTest;
import de.offenekommune.event.Event;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;
import de.offenekommune.registration.internal.Reminders;
import de.offenekommune.registration.internal.Seats;

/**
 * How long reminding 2,000 participants of one event takes: queuing the 2,000 outbox rows (one
 * transaction, with the mark), and handing them to the mail server (GreenMail on loopback). A measurement,
 * not a test: it asserts counts, never times, and runs only with {@code -Dok.measure=true}. The figures go
 * to standard output and {@code target/measurements/reminders.txt}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "ok.measure", matches = "true")
class ReminderVolumeMeasurement {

    static final int PARTICIPANTS = 2_000;

    @Autowired
    ApplicationContext context;
    @Autowired
    Reminders reminders;
    @Autowired
    Seats seats;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void sending_again() {
        scheduler.resume();
    }

    @Test
    void reminding_two_thousand_participants() throws IOException {
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        Event event = fixtures.published(fixtures.organizer(),
                new RegistrationSettings(RegistrationMode.REQUIRED, null, PARTICIPANTS, null, null),
                Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES));
        String batch = UUID.randomUUID().toString().substring(0, 8);
        transaction.executeWithoutResult(status -> {
            seats.lock(event.id()).orElseThrow();
            jdbc.sql("""
                            insert into registration (id, event_id, state, name, email, locale, created_at,
                                                      email_verified_at, confirmed_at)
                            select gen_random_uuid(), :event, 'CONFIRMED', 'Teilnehmerin ' || n,
                                   'volume-' || :batch || '-' || n || '@example.org', 'de', now(), now(), now()
                              from generate_series(1, :n) as n
                            """)
                    .param("event", event.id().value()).param("batch", batch).param("n", PARTICIPANTS).update();
            jdbc.sql("update registration_tally set seats_taken = :n where event_id = :event")
                    .param("n", PARTICIPANTS).param("event", event.id().value()).update();
        });
        String pattern = "volume-" + batch + "-%";

        scheduler.pause();
        long queueStart = System.nanoTime();
        reminders.run();
        long queued = System.nanoTime() - queueStart;
        assertThat(count(pattern, null)).isEqualTo(PARTICIPANTS);

        long sendStart = System.nanoTime();
        scheduler.resume();
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> count(pattern, "SENT") == PARTICIPANTS);
        long sent = System.nanoTime() - sendStart;

        String line = "%s reminders for %d participants: outbox rows queued and committed in %d ms, handed to GreenMail in %d ms (%.0f mails/s), %d cores%n"
                .formatted(Instant.now(), PARTICIPANTS, queued / 1_000_000, sent / 1_000_000,
                        PARTICIPANTS / (sent / 1e9), Runtime.getRuntime().availableProcessors());
        System.out.print(line);
        Path file = Path.of("target", "measurements", "reminders.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private long count(String recipients, String status) {
        return jdbc.sql("""
                        select count(*)
                          from outbox_mail o
                          join registration r on 'registration:' || r.id = o.reference
                         where o.template = 'event_reminder_to_participant'
                           and r.email like :recipients
                           and (cast(:status as text) is null or o.status = :status)
                        """)
                .param("recipients", recipients).param("status", status).query(Long.class).single();
    }
}
