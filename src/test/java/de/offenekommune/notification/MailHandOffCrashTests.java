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
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
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
 * over within a minute and send it, with the same Message-ID. The tests' settings find a dead copy
 * sooner than the production ones; the takeover is checked against the bound the settings give, and
 * that bound of the production settings against the minute.
 */
@Tag("concurrency")
@IntegrationTest
class MailHandOffCrashTests {

    private static final Duration PROCESS_START = Duration.ofMinutes(4);
    /** Time for the takeover beyond finding the dead copy: the next poll and the SMTP hand-off, on a loaded machine. */
    private static final Duration SLACK = Duration.ofSeconds(15);

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

            // THEN this application sends it within the bound of its heartbeat settings, as the same mail
            Duration bound = deadCopyFoundWithin(Binder.get(environment)).plus(SLACK);
            await().atMost(bound).until(() -> testMail.to(recipient).size() == 1);
            assertThat(Duration.between(killed, Instant.now())).isLessThan(bound);
            MimeMessage received = testMail.to(recipient).get(0);
            assertThat(stalling.swallowedMessageIds()).contains(messageId);
            assertThat(received.getMessageID()).isEqualTo(messageId);
            await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(mails.findById(id).orElseThrow().status()));
            assertThat(testMail.to(recipient)).hasSize(1);
        }
    }

    @Test
    void the_production_heartbeat_settings_take_a_dead_copys_mail_over_within_a_minute() throws Exception {
        // GIVEN the settings of application.yml, without the tests' profile
        List<PropertySource<?>> production = new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"));

        // THEN a dead copy is found, and its mail sent, within a minute
        assertThat(deadCopyFoundWithin(new Binder(ConfigurationPropertySources.from(production))).plus(SLACK))
                .isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    /**
     * How long after its last heartbeat a dead copy's task is at the latest taken over: it counts as dead after
     * the missed beats, and the search for dead executions runs every second heartbeat interval.
     */
    private static Duration deadCopyFoundWithin(Binder settings) {
        Duration heartbeat = settings.bind("db-scheduler.heartbeat-interval", Duration.class).get();
        int missed = settings.bind("db-scheduler.missed-heartbeats-limit", Integer.class).get();
        return heartbeat.multipliedBy(missed + 2L);
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
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
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
