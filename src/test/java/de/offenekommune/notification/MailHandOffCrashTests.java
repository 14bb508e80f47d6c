package de.offenekommune.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.sql.Connection;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.Scheduler;

import de.offenekommune.IntegrationTest;
import de.offenekommune.OffeneKommuneApplication;
import de.offenekommune.TestMail;
import de.offenekommune.notification.internal.OutboxMails;
import de.offenekommune.registration.mail.OrganizerMessageMail;
import jakarta.mail.internet.MimeMessage;

/**
 * A second application process takes a mail from the shared outbox, hands it to a mail server that
 * never confirms it, and is killed ({@code kill -9}) in the middle of that hand-off. Its send task
 * stays marked as taken by the dead process; the heartbeat settings let this application take it
 * over within a minute and send it, with the same Message-ID.
 */
@Tag("concurrency")
@IntegrationTest
class MailHandOffCrashTests {

    private static final Duration PROCESS_START = Duration.ofMinutes(4);

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxMails mails;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Scheduler scheduler;
    @Autowired
    TestMail testMail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Environment environment;

    Process copy;

    @AfterEach
    void no_process_outlives_the_test() {
        if (copy != null) {
            copy.destroyForcibly();
        }
        scheduler.resume();
    }

    @Test
    void a_mail_taken_by_a_process_killed_during_the_smtp_hand_off_is_sent_within_a_minute_with_the_same_message_id()
            throws Exception {
        try (StallingSmtpServer stalling = new StallingSmtpServer()) {
            // GIVEN a mail that only the second process can take: this application's worker pauses
            String recipient = "crash-" + UUID.randomUUID() + "@example.org";
            scheduler.pause();
            transaction.executeWithoutResult(status -> outbox.enqueue(new Mail(recipient, Locale.GERMAN,
                    new OrganizerMessageMail("Tagung", "http://localhost:8080/events/tagung", "Initiative",
                            "Einmal, bitte."), null, null)));
            UUID id = mails.findByRecipient(recipient).get(0).id();
            String messageId = "<" + id + "@localhost>";

            // WHEN the second process hands it to a mail server that never confirms, and is killed meanwhile
            // (it may take mails that earlier tests left queued as well: the one to look at is this one)
            copy = startSecondProcess(stalling.port());
            await().atMost(PROCESS_START).until(() -> stalling.swallowedMessageIds().contains(messageId) || !copy.isAlive());
            assertThat(copy.isAlive()).as("second process running, see target/crash-copy.log").isTrue();
            assertThat(taken(id)).as("the send task is marked as taken by the second process").isTrue();
            copy.destroyForcibly().waitFor();
            Instant killed = Instant.now();
            scheduler.resume();

            // THEN this application sends it within a minute, as the same mail
            await().atMost(Duration.ofSeconds(60)).until(() -> testMail.to(recipient).size() == 1);
            assertThat(Duration.between(killed, Instant.now())).isLessThan(Duration.ofSeconds(60));
            MimeMessage received = testMail.to(recipient).get(0);
            assertThat(stalling.swallowedMessageIds()).contains(messageId);
            assertThat(received.getMessageID()).isEqualTo(messageId);
            await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(mails.findById(id).orElseThrow().status()));
            assertThat(testMail.to(recipient)).hasSize(1);
        }
    }

    private boolean taken(UUID id) {
        return jdbc.sql("""
                        select picked
                          from scheduled_tasks
                         where task_name = 'send-mail'
                           and task_instance = :id
                        """)
                .param("id", id.toString())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** The application in its own JVM, on the same database, with the stalling server as its mail server. */
    private Process startSecondProcess(int smtpPort) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Path.of("target", "crash-copy.log");
        Files.createDirectories(log.getParent());
        String url;
        String user;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:off",
                "-cp", classpath,
                OffeneKommuneApplication.class.getName(),
                "--spring.profiles.active=test",
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--ok.demo.enabled=false"));
        String password = environment.getProperty("spring.datasource.password");
        if (password != null) {
            command.add("--spring.datasource.password=" + password);
        }
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }
}
