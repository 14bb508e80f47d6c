package de.offenekommune.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.Scheduler;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestMail;
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

    @AfterEach
    void mail_server_and_scheduler_run_again() {
        testMail.up();
        scheduler.resume();
    }

    @Test
    void a_committed_mail_is_sent_with_text_and_html_body() throws Exception {
        String recipient = recipient();

        transaction.executeWithoutResult(status -> outbox.enqueue(message(recipient, "Hallo <b>Welt</b> & mehr", null)));

        await().atMost(DELIVERY).until(() -> testMail.to(recipient).size() == 1);
        MimeMessage received = testMail.to(recipient).get(0);
        assertThat(received.getSubject()).isEqualTo("Nachricht zu „Tagung in Wuppertal“");
        assertThat(received.getFrom()[0].toString()).contains("noreply@example.org");
        assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        String raw = new String(received.getRawInputStream().readAllBytes());
        assertThat(received.getContent()).isInstanceOf(Multipart.class);
        assertThat(mails.findByRecipient(recipient)).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.status()).isEqualTo("SENT");
                    assertThat(mail.text()).contains("Hallo <b>Welt</b> & mehr");
                    assertThat(mail.html()).contains("Hallo &lt;b&gt;Welt&lt;/b&gt; &amp; mehr").doesNotContain("<b>Welt");
                });
        assertThat(raw).doesNotContain("<img");
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

        await().atMost(DELIVERY).until(() -> mails.findByRecipient(recipient).get(0).attempts() >= 2);
        assertThat(mails.findByRecipient(recipient).get(0).status()).isEqualTo("PENDING");

        testMail.up();
        await().atMost(Duration.ofSeconds(30)).until(() -> testMail.to(recipient).size() == 1);
        await().atMost(DELIVERY).until(() -> mails.findByRecipient(recipient).get(0).status().equals("SENT"));
        assertThat(testMail.to(recipient)).hasSize(1);
    }

    @Test
    void a_mail_committed_while_no_worker_runs_is_sent_exactly_once_when_work_resumes() {
        String recipient = recipient();
        scheduler.pause();

        transaction.executeWithoutResult(status -> outbox.enqueue(message(recipient, "nach dem Neustart", null)));
        assertThat(mails.findByRecipient(recipient)).singleElement()
                .satisfies(mail -> assertThat(mail.status()).isEqualTo("PENDING"));

        scheduler.resume();
        await().atMost(DELIVERY).until(() -> mails.findByRecipient(recipient).get(0).status().equals("SENT"));
        assertThat(testMail.to(recipient)).hasSize(1);
    }

    @Test
    void a_second_mail_with_the_same_dedup_key_is_not_queued() {
        String recipient = recipient();
        String key = "test:" + UUID.randomUUID();

        Boolean first = transaction.execute(status -> outbox.enqueue(message(recipient, "eins", key)));
        Boolean second = transaction.execute(status -> outbox.enqueue(message(recipient, "zwei", key)));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(mails.findByRecipient(recipient)).hasSize(1);
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

    private long pendingSendTasks() {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'send-mail'")
                .query(Long.class)
                .single();
    }

    private static Mail message(String recipient, String text, String dedupKey) {
        return new Mail(recipient, Locale.GERMAN, "organizer_message_to_participant", List.of("Tagung in Wuppertal"),
                Map.of("eventTitle", "Tagung in Wuppertal", "eventUrl", "http://localhost:8080/events/tagung",
                        "organizer", "Initiative", "message", text),
                null, dedupKey);
    }

    private static String recipient() {
        return "outbox-" + UUID.randomUUID() + "@example.org";
    }
}
