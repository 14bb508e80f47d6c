package de.offenekommune.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.IntegrationTest;
import de.offenekommune.OffeneKommuneApplication;
import de.offenekommune.TestClock;
import de.offenekommune.event.Event;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;
import de.offenekommune.notification.internal.OutboxMail;
import de.offenekommune.registration.internal.ParticipantManagement;
import de.offenekommune.registration.internal.RegistrationInput;
import de.offenekommune.registration.internal.RegistrationMails;
import de.offenekommune.registration.internal.RegistrationOptions;
import de.offenekommune.registration.internal.Reminders;

/**
 * Two application copies on one PostgreSQL run the reminder job at the same moment, several times over,
 * while their own schedulers run it too: every participant is reminded exactly once.
 */
@IntegrationTest
@Tag("concurrency")
class TwoCopiesReminderTests {

    static ConfigurableApplicationContext secondCopy;

    @Autowired
    ApplicationContext context;
    @Autowired
    Reminders reminders;
    @Autowired
    RegistrationManagement management;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    ParticipantManagement participants;

    @BeforeAll
    static void start_a_second_copy() {
        secondCopy = new SpringApplicationBuilder(OffeneKommuneApplication.class)
                .profiles("test")
                .run("--server.port=0");
    }

    @AfterAll
    static void stop_the_second_copy() {
        if (secondCopy != null) {
            secondCopy.close();
        }
    }

    /** Both copies must agree on the time: the second one runs on real time, so this one does too. */
    @BeforeEach
    void real_time_in_this_copy() {
        clock.reset();
    }

    @Test
    void two_copies_racing_to_remind_send_each_participant_exactly_one_reminder() throws Exception {
        // GIVEN an event in two days with 30 seat holders and 5 on the waitlist, all registered before its
        // reminders are due (the copies' own schedulers run the job too, and a run before the confirmations
        // would rightly find nobody to remind)
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        RegistrationFixtures.Organizer organizer = fixtures.organizer();
        Event event = fixtures.published(organizer,
                new RegistrationSettings(RegistrationMode.REQUIRED, null, 30, null, null),
                Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES));
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            String email = RegistrationFixtures.email("copies" + i);
            transaction.executeWithoutResult(status -> management.register(event.id(),
                    new RegistrationInput("Erika", email, null, null, null, null, true, Locale.GERMAN, null)));
            people.add(email);
        }
        for (OutboxMail mail : fixtures.testMail().delivered(people)) {
            management.confirm(RegistrationFixtures.confirmToken(mail));
        }
        // the organizer wants the reminder a week before: it is due now
        participants.saveOptions(organizer.principal(), event.id(), RegistrationOptions.DEFAULT.withReminderHours(168));

        // WHEN both copies run the job at once, three times
        Reminders other = secondCopy.getBean(Reminders.class);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                CompletableFuture<Integer> here = CompletableFuture.supplyAsync(() -> together(start, reminders), threads);
                CompletableFuture<Integer> there = CompletableFuture.supplyAsync(() -> together(start, other), threads);
                CompletableFuture.allOf(here, there).get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        // THEN each person has exactly one reminder, in the outbox and at the mail server (a sent mail keeps no
        // address in the outbox, so its rows are found by the registration they are about)
        Map<String, String> personByReference = people.stream()
                .collect(Collectors.toMap(person -> RegistrationMails.reference(fixtures.registration(person).id()),
                        person -> person));
        Map<String, Long> queued = jdbc.sql("""
                        select reference
                          from outbox_mail
                         where template = :template
                           and reference = any(:references)
                        """)
                .param("template", ReminderTests.TEMPLATE)
                .param("references", personByReference.keySet().toArray(String[]::new))
                .query(String.class).list().stream()
                .collect(Collectors.groupingBy(personByReference::get, Collectors.counting()));
        assertThat(queued).hasSize(35).allSatisfy((person, count) -> assertThat(count).isEqualTo(1));
        Map<String, Long> delivered = fixtures.testMail().delivered(people).stream()
                .filter(mail -> ReminderTests.TEMPLATE.equals(mail.template()))
                .collect(Collectors.groupingBy(OutboxMail::recipient, Collectors.counting()));
        assertThat(delivered).hasSize(35).allSatisfy((person, count) -> assertThat(count).isEqualTo(1));
        assertThat(fixtures.testMail().delivered(people).stream()
                .filter(mail -> ReminderTests.TEMPLATE.equals(mail.template()))
                .filter(mail -> mail.text().contains("Sie stehen auf Platz"))
                .map(OutboxMail::recipient)
                .collect(Collectors.toSet())).hasSize(5);
    }

    private static int together(CyclicBarrier start, Reminders reminders) {
        try {
            start.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return reminders.run();
    }
}
