package de.offenekommune.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.Scheduler;

import de.offenekommune.IntegrationTest;
import de.offenekommune.event.Event;
import de.offenekommune.notification.internal.OutboxMail;
import de.offenekommune.notification.internal.OutboxMails;
import de.offenekommune.registration.internal.RegistrationInput;

/**
 * Mail bodies are rendered after the registration's transaction committed, so never while it holds the
 * event's seats; the outbox row is still written in that transaction, so a rollback mails nothing.
 */
@IntegrationTest
class MailRenderingTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    RegistrationManagement management;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Scheduler scheduler;
    @Autowired
    OutboxMails outboxMails;
    @Autowired
    JdbcClient jdbc;

    RegistrationFixtures fixtures;
    Event event;

    @BeforeEach
    void an_event() {
        fixtures = new RegistrationFixtures(context);
        event = fixtures.publishedEvent(fixtures.organizer(), 10);
    }

    @AfterEach
    void work_resumes() {
        scheduler.resume();
    }

    @Test
    void the_mail_of_a_registration_is_rendered_after_the_seat_lock_is_released() {
        // GIVEN nothing is sent meanwhile
        scheduler.pause();
        String email = RegistrationFixtures.email("gerendert");

        // WHEN someone registers; at the end of the transaction, which holds the event's seats
        AtomicReference<Map<String, Object>> committed = transaction.execute(status -> {
            management.register(event.id(), input(email));
            assertThat(seatLockHeld()).isTrue();
            return rowAtCommit(email);
        });
        Map<String, Object> atCommit = committed.get();

        // THEN the row was written with what rendering needs, but no body
        assertThat(atCommit.get("body_text")).isNull();
        assertThat(atCommit.get("body_html")).isNull();
        assertThat(atCommit.get("subject")).isNull();
        assertThat((String) atCommit.get("content")).contains("confirmUrl", "/registrations/confirm/");
        // AND right after the commit the bodies replaced it
        OutboxMail queued = outboxMails.findByRecipient(email).get(0);
        assertThat(queued.subject()).contains(event.details().title());
        assertThat(queued.text()).contains("/registrations/confirm/");
        assertThat(queued.html()).contains("/registrations/confirm/");
        assertThat(row(email).get("content")).isNull();
    }

    @Test
    void nothing_is_queued_when_the_registration_rolls_back() {
        String email = RegistrationFixtures.email("zurueck");

        transaction.executeWithoutResult(status -> {
            management.register(event.id(), input(email));
            status.setRollbackOnly();
        });

        assertThat(outboxMails.findByRecipient(email)).isEmpty();
        assertThat(jdbc.sql("select count(*) from registration where email = :email").param("email", email)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_mail_left_unrendered_after_its_commit_is_rendered_when_sent() {
        // GIVEN a queued mail whose bodies were never written, as when the application stopped right after
        // the commit
        scheduler.pause();
        String email = RegistrationFixtures.email("nachgeholt");
        String content = (String) transaction.execute(status -> {
            management.register(event.id(), input(email));
            return rowAtCommit(email);
        }).get().get("content");
        UUID id = outboxMails.findByRecipient(email).get(0).id();
        jdbc.sql("""
                update outbox_mail
                   set subject = null, body_text = null, body_html = null, content = cast(:content as jsonb)
                 where id = :id
                """).param("content", content).param("id", id).update();

        // WHEN it is sent
        scheduler.resume();

        // THEN it reads as if rendered at once, and its link works
        OutboxMail sent = fixtures.lastMail(email, "registration_requested_to_registrant");
        assertThat(sent.subject()).contains(event.details().title());
        assertThat(sent.text()).contains("Erika");
        assertThat(management.checkConfirmation(RegistrationFixtures.confirmToken(sent)).registration().email())
                .isEqualTo(email);
    }

    /**
     * The outbox row of {@code email} as the current transaction commits it: the outbox writes the rows of a
     * transaction together just before its commit, so this reads after that, still inside it.
     */
    private AtomicReference<Map<String, Object>> rowAtCommit(String email) {
        AtomicReference<Map<String, Object>> row = new AtomicReference<>();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                row.set(row(email));
            }
        });
        return row;
    }

    private Map<String, Object> row(String email) {
        return jdbc.sql("""
                select subject, body_text, body_html, content::text as content
                  from outbox_mail
                 where recipient = :email
                """).param("email", email).query().singleRow();
    }

    /** Whether this transaction holds the row lock of the event's seat count. */
    private boolean seatLockHeld() {
        return jdbc.sql("""
                select count(*)
                  from pg_locks l
                  join pg_class c on c.oid = l.relation
                 where l.pid = pg_backend_pid()
                   and c.relname = 'registration_tally'
                   and l.mode = 'RowShareLock'
                """).query(Long.class).single() > 0;
    }

    private static RegistrationInput input(String email) {
        return new RegistrationInput("Erika", email, null, null, null, null, true, Locale.GERMAN, null);
    }
}
