package de.offenekommune.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.Scheduler;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestMail;
import de.offenekommune.notification.internal.MailBodies;
import de.offenekommune.notification.internal.MailDispatcher;
import de.offenekommune.notification.internal.MailProperties;
import de.offenekommune.notification.internal.MailServer;
import de.offenekommune.notification.internal.OutboxMail;
import de.offenekommune.notification.internal.OutboxMails;
import de.offenekommune.platform.SiteProperties;
import de.offenekommune.registration.mail.OrganizerMessageMail;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

@IntegrationTest
class OutboxTests {

    private static final Duration DELIVERY = Duration.ofSeconds(20);

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxMails mails;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestMail testMail;
    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NamedParameterJdbcTemplate namedJdbc;
    @Autowired
    MailServer server;
    @Autowired
    MailProperties properties;
    @Autowired
    SiteProperties site;

    @AfterEach
    void mail_server_and_scheduler_run_again() {
        testMail.up();
        scheduler.resume();
    }

    @Test
    void a_committed_mail_is_sent_with_text_and_html_body_and_a_message_id_of_its_outbox_row() throws Exception {
        String recipient = recipient();

        transaction.executeWithoutResult(status -> outbox.enqueue(message(recipient, "Hallo <b>Welt</b> & mehr", null)));

        OutboxMail delivered = testMail.delivered(recipient).get(0);
        MimeMessage received = testMail.to(recipient).get(0);
        assertThat(received.getSubject()).isEqualTo("Nachricht zu „Tagung in Wuppertal“");
        assertThat(received.getFrom()[0].toString()).contains("noreply@example.org");
        assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(received.getMessageID()).isEqualTo("<" + delivered.id() + "@localhost>");
        String raw = new String(received.getRawInputStream().readAllBytes());
        assertThat(received.getContent()).isInstanceOf(Multipart.class);
        assertThat(delivered.text()).contains("Hallo <b>Welt</b> & mehr");
        assertThat(delivered.html()).contains("Hallo &lt;b&gt;Welt&lt;/b&gt; &amp; mehr").doesNotContain("<b>Welt");
        assertThat(raw).doesNotContain("<img");
    }

    @Test
    void a_sent_mail_leaves_only_tracking_data_in_the_outbox() {
        // GIVEN a mail with a personal link and a calendar file
        String recipient = recipient();
        transaction.executeWithoutResult(status -> outbox.enqueue(new Mail(recipient, Locale.GERMAN,
                new OrganizerMessageMail("Tagung", "http://localhost:8080/registrations/geheimer-link", "Initiative",
                        "Ihr Link"),
                new MailAttachment("tagung.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes()), null)));

        // WHEN the mail server took it
        UUID id = testMail.delivered(recipient).get(0).id();

        // THEN nobody can read from the outbox whom it went to or what it said
        OutboxMail tracked = mails.findById(id).orElseThrow();
        assertThat(tracked.status()).isEqualTo("SENT");
        assertThat(tracked.template()).isEqualTo("organizer_message_to_participant");
        assertThat(tracked.attempts()).isEqualTo(1);
        assertThat(tracked.createdAt()).isNotNull();
        assertThat(tracked.sentAt()).isNotNull();
        assertThat(tracked.recipient()).isNull();
        assertThat(tracked.subject()).isNull();
        assertThat(tracked.text()).isNull();
        assertThat(tracked.html()).isNull();
        assertThat(tracked.attachment()).isNull();
        assertThat(tracked.attachmentName()).isNull();
        assertThat(jdbc.sql("select count(*) from outbox_mail where id = :id and body_text is null and recipient is null")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_forgotten_mail_that_waits_is_never_sent_and_keeps_nothing_personal() {
        // GIVEN a mail that waits because no worker runs
        String recipient = recipient();
        String reference = "test:" + UUID.randomUUID();
        scheduler.pause();
        transaction.executeWithoutResult(status -> outbox.enqueue(message(recipient, "Ihr Link", null).about(reference)));
        UUID id = mails.findByRecipient(recipient).get(0).id();

        // WHEN what it is about is forgotten
        Integer forgotten = transaction.execute(status -> outbox.forget(List.of(reference)));
        scheduler.resume();

        // THEN
        assertThat(forgotten).isEqualTo(1);
        OutboxMail discarded = mails.findById(id).orElseThrow();
        assertThat(discarded.status()).isEqualTo("DISCARDED");
        assertThat(discarded.recipient()).isNull();
        assertThat(discarded.text()).isNull();
        await().atMost(DELIVERY).until(() -> pendingSendTasks(id) == 0);
        assertThat(testMail.to(recipient)).isEmpty();
    }

    @Test
    void a_rolled_back_transaction_leaves_no_mail_and_no_task() {
        String recipient = recipient();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            outbox.enqueue(message(recipient, "nie", null));
            throw new IllegalStateException("business rule broken");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(mails.findByRecipient(recipient)).isEmpty();
        assertThat(pendingSendTasks()).isZero();
    }

    @Test
    void mail_waits_while_the_mail_server_is_down_and_is_sent_once_when_it_is_back() {
        String recipient = recipient();
        testMail.down();

        transaction.executeWithoutResult(status -> outbox.enqueue(message(recipient, "später", null)));
        UUID id = mails.findByRecipient(recipient).get(0).id();

        await().atMost(DELIVERY).until(() -> mails.findById(id).orElseThrow().attempts() >= 2);
        assertThat(mails.findById(id).orElseThrow().status()).isEqualTo("PENDING");

        testMail.up();
        await().atMost(Duration.ofSeconds(30)).until(() -> testMail.to(recipient).size() == 1);
        await().atMost(DELIVERY).until(() -> mails.findById(id).orElseThrow().status().equals("SENT"));
        assertThat(testMail.to(recipient)).hasSize(1);
    }

    @Test
    void a_mail_committed_while_no_worker_runs_is_sent_exactly_once_when_work_resumes() {
        String recipient = recipient();
        scheduler.pause();

        transaction.executeWithoutResult(status -> outbox.enqueue(message(recipient, "nach dem Neustart", null)));
        assertThat(mails.findByRecipient(recipient)).singleElement()
                .satisfies(mail -> assertThat(mail.status()).isEqualTo("PENDING"));
        UUID id = mails.findByRecipient(recipient).get(0).id();

        scheduler.resume();
        await().atMost(DELIVERY).until(() -> mails.findById(id).orElseThrow().status().equals("SENT"));
        assertThat(testMail.to(recipient)).hasSize(1);
    }

    @Test
    void a_mail_read_before_its_bodies_were_stored_is_read_again_and_sent_once_another_copy_rendered_it() {
        String recipient = recipient();
        scheduler.pause();
        transaction.executeWithoutResult(status -> outbox.enqueue(message(recipient, "gerendert von der anderen Kopie", null)));
        OutboxMail stored = mails.findByRecipient(recipient).get(0);
        // GIVEN a dispatcher that read the row while it had no bodies yet, and found nothing left to render
        // because another copy stored the bodies in between
        OutboxMail unrendered = new OutboxMail(stored.id(), stored.template(), stored.recipient(), null, null, null, null,
                null, null, "PENDING", 0, stored.createdAt(), null, stored.reference(), null);
        OutboxMails reading = new OutboxMails(jdbc, namedJdbc) {
            private boolean first = true;

            @Override
            public Optional<OutboxMail> findById(UUID id) {
                if (first) {
                    first = false;
                    return Optional.of(unrendered);
                }
                return super.findById(id);
            }
        };
        MailBodies bodies = mock(MailBodies.class);
        when(bodies.renderIfMissing(stored.id())).thenReturn(false);
        MailDispatcher dispatcher = new MailDispatcher(reading, bodies, server, properties, site, Clock.systemUTC());

        // WHEN it sends the mail
        dispatcher.dispatch(stored.id());

        // THEN the mail goes out once, with the bodies the other copy stored
        assertThat(testMail.delivered(recipient)).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("gerendert von der anderen Kopie"));
        assertThat(mails.findById(stored.id()).orElseThrow().status()).isEqualTo("SENT");
        scheduler.resume();
        await().atMost(DELIVERY).until(() -> pendingSendTasks(stored.id()) == 0);
    }

    @Test
    void a_second_mail_with_the_same_dedup_key_is_not_queued() {
        String recipient = recipient();
        String key = "test:" + UUID.randomUUID();

        Boolean first = transaction.execute(status -> outbox.enqueue(message(recipient, "eins", key)));
        Boolean second = transaction.execute(status -> outbox.enqueue(message(recipient, "zwei", key)));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(testMail.delivered(recipient)).hasSize(1);
    }

    @Test
    void addresses_that_could_carry_more_recipients_or_headers_are_refused() {
        for (String hostile : List.of("a@example.org\r\nBcc: b@example.org", "a@example.org, b@example.org",
                "Eve <a@example.org>")) {
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> outbox.enqueue(message(hostile, "x", null))))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void enqueueing_outside_a_transaction_is_a_programming_error() {
        assertThatThrownBy(() -> outbox.enqueue(message(recipient(), "x", null)))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    private long pendingSendTasks(UUID id) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'send-mail' and task_instance = :id")
                .param("id", id.toString())
                .query(Long.class)
                .single();
    }

    private long pendingSendTasks() {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'send-mail'")
                .query(Long.class)
                .single();
    }

    private static Mail message(String recipient, String text, String dedupKey) {
        return new Mail(recipient, Locale.GERMAN, new OrganizerMessageMail("Tagung in Wuppertal",
                "http://localhost:8080/events/tagung", "Initiative", text), null, dedupKey);
    }

    private static String recipient() {
        return "outbox-" + UUID.randomUUID() + "@example.org";
    }
}
