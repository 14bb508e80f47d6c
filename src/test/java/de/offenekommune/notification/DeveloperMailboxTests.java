package de.offenekommune.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.Scheduler;

import de.offenekommune.IntegrationTest;
import de.offenekommune.OffeneKommuneApplication;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.TestHttp;
import de.offenekommune.TestMail;
import de.offenekommune.Visitor;
import de.offenekommune.notification.internal.MailServer;
import de.offenekommune.notification.internal.OutboxMail;
import de.offenekommune.notification.internal.OutboxMails;
import de.offenekommune.registration.mail.OrganizerMessageMail;

/**
 * An installation without a mail server, as the README's first start is: mails are kept, and only
 * administrators read them in the developer mailbox, which stands in for the mail server. A second
 * application copy without mail configuration shares the test database; the usual copy pauses its
 * worker meanwhile, so that the mails here are handled by the copy without mail server.
 */
@IntegrationTest
class DeveloperMailboxTests {

    static ConfigurableApplicationContext withoutMailServer;

    @Autowired
    Scheduler scheduler;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    TestMail testMail;
    @Autowired
    OutboxMails mails;

    @BeforeAll
    static void start_a_copy_without_mail_server() {
        withoutMailServer = new SpringApplicationBuilder(OffeneKommuneApplication.class)
                .profiles("test")
                .run("--server.port=0",
                        "--spring.autoconfigure.exclude=org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration");
    }

    @AfterAll
    static void stop_it() {
        if (withoutMailServer != null) {
            withoutMailServer.close();
        }
    }

    @BeforeEach
    void only_the_copy_without_mail_server_works_off_mails() {
        scheduler.pause();
    }

    @AfterEach
    void work_resumes() {
        scheduler.resume();
    }

    @Test
    void administrators_read_the_kept_mails_and_are_told_that_no_mail_leaves() {
        // GIVEN a mail written while no mail server is configured
        assertThat(withoutMailServer.getBean(MailServer.class).configured()).isFalse();
        String recipient = "demo-" + UUID.randomUUID() + "@example.org";
        withoutMailServer.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                withoutMailServer.getBean(Outbox.class).enqueue(new Mail(recipient, Locale.GERMAN,
                        new OrganizerMessageMail("Tagung", "http://localhost:8080/events/tagung", "Initiative",
                                "Bitte bestätigen: http://localhost:8080/registrations/confirm/x"), null, null)));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "CAPTURED".equals(mails.findByRecipient(recipient).get(0).status()));
        OutboxMail kept = mails.findByRecipient(recipient).get(0);
        TestHttp http = TestHttp.onPort(((WebServerApplicationContext) withoutMailServer).getWebServer().getPort());
        TestUser admin = fixtures.admin();
        Visitor administrator = new Visitor(http);
        administrator.login(admin.email(), admin.password());

        // WHEN / THEN the administration reads it, with its link
        String mailbox = administrator.get("/admin/mailbox").body();
        assertThat(Jsoup.parse(mailbox).select("table").text()).contains("Nachricht zu „Tagung“").contains(recipient);
        assertThat(administrator.get("/admin/mailbox/" + kept.id()).body()).contains("/registrations/confirm/x");
        assertThat(testMail.to(recipient)).as("nothing left the installation").isEmpty();

        // AND every page of the administration says that no mail leaves
        String start = administrator.get("/admin").body();
        assertThat(Jsoup.parse(start).select("#no-mail-server").text()).contains("Es ist noch kein Mailserver verbunden.");
        assertThat(Jsoup.parse(start).select(".ok-step h3").eachText()).contains("Mailserver verbinden (offen)");
        assertThat(Jsoup.parse(administrator.get("/admin/users").body()).select("a[href=/admin/mailbox]")).isNotEmpty();

        // AND nobody else reads it
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Visitor other = new Visitor(http);
        other.login(organizer.email(), organizer.password());
        assertThat(other.get("/admin/mailbox").statusCode()).isEqualTo(403);
        assertThat(new Visitor(http).get("/admin/mailbox/" + kept.id()).statusCode()).isEqualTo(302);
    }
}
