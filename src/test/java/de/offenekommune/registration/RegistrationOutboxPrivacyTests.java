package de.offenekommune.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.Scheduler;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestMail;
import de.offenekommune.event.Event;
import de.offenekommune.notification.internal.OutboxMail;
import de.offenekommune.notification.internal.OutboxMails;
import de.offenekommune.registration.RegistrationFixtures.Organizer;
import de.offenekommune.registration.internal.RegistrationInput;
import de.offenekommune.registration.internal.RegistrationTasks;

/**
 * When a registration's personal data goes, its mails go from the outbox too, recipient included:
 * also those still waiting to be sent (a mail server may be down for days), which are then never sent.
 */
@IntegrationTest
class RegistrationOutboxPrivacyTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    RegistrationManagement management;
    @Autowired
    RegistrationTasks.Retention retention;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Scheduler scheduler;
    @Autowired
    OutboxMails outboxMails;
    @Autowired
    TestMail testMail;
    @Autowired
    JdbcClient jdbc;

    RegistrationFixtures fixtures;
    Organizer organizer;

    @BeforeEach
    void an_organizer() {
        fixtures = new RegistrationFixtures(context);
        organizer = fixtures.organizer();
    }

    @AfterEach
    void work_resumes() {
        scheduler.resume();
    }

    @Test
    void anonymizing_an_event_erases_its_participants_waiting_mails_and_keeps_those_of_other_events() {
        // GIVEN mails that wait, e.g. because the mail server is unreachable
        Event event = fixtures.publishedEvent(organizer, 10);
        Event other = fixtures.publishedEvent(organizer, 10);
        String email = RegistrationFixtures.email("vergessen");
        String kept = RegistrationFixtures.email("behalten");
        scheduler.pause();
        register(event, email);
        register(other, kept);
        UUID waiting = outboxMails.findByRecipient(email).get(0).id();

        // WHEN the retention period after the event is over
        jdbc.sql("update registration_tally set event_ends_at = now() - interval '31 days' where event_id = :event")
                .param("event", event.id().value()).update();
        retention.run();

        // THEN nothing personal of the anonymized registration is left in the outbox, and it is never sent
        OutboxMail erased = outboxMails.findById(waiting).orElseThrow();
        assertThat(erased.status()).isEqualTo("DISCARDED");
        assertThat(erased.recipient()).isNull();
        assertThat(erased.subject()).isNull();
        assertThat(erased.text()).isNull();
        assertThat(erased.html()).isNull();
        assertThat(outboxMails.findByRecipient(email)).isEmpty();
        assertThat(outboxMails.findByRecipient(kept)).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("/registrations/confirm/"));
        scheduler.resume();
        assertThat(testMail.delivered(kept)).hasSize(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from scheduled_tasks where task_instance = :id").param("id", waiting.toString())
                .query(Long.class).single() == 0);
        assertThat(testMail.to(email)).isEmpty();
    }

    @Test
    void deleting_ones_data_erases_the_mail_with_the_personal_link_that_was_not_sent_yet() {
        // GIVEN a confirmed registration whose confirmation mail (personal link, calendar file) still waits
        Event event = fixtures.publishedEvent(organizer, 10);
        String email = RegistrationFixtures.email("loeschen");
        register(event, email);
        String confirmToken = RegistrationFixtures.confirmToken(fixtures.lastMail(email, "registration_requested_to_registrant"));
        scheduler.pause();
        String personal = management.confirm(confirmToken);
        UUID confirmation = outboxMails.findByRecipient(email).get(0).id();

        // WHEN the person deletes their data
        management.deleteData(personal);

        // THEN
        OutboxMail erased = outboxMails.findById(confirmation).orElseThrow();
        assertThat(erased.template()).isEqualTo("registration_confirmed_to_registrant");
        assertThat(erased.status()).isEqualTo("DISCARDED");
        assertThat(erased.recipient()).isNull();
        assertThat(erased.attachment()).isNull();
        assertThat(jdbc.sql("select count(*) from outbox_mail where body_text like :link")
                .param("link", "%" + personal + "%").query(Long.class).single()).isZero();
    }

    private void register(Event event, String email) {
        transaction.executeWithoutResult(status -> management.register(event.id(),
                new RegistrationInput("Erika", email, null, null, null, null, true, Locale.GERMAN, null)));
    }
}
