package de.offenekommune.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestHttp;
import de.offenekommune.TestMail;
import de.offenekommune.Visitor;
import de.offenekommune.notification.Mail;
import de.offenekommune.notification.Outbox;
import de.offenekommune.registration.mail.OrganizerMessageMail;

/**
 * With a mail server configured (as in production and in these tests) nobody can read people's mails
 * in the platform: the developer mailbox does not exist, and the administration says nothing of it.
 */
@IntegrationTest
class MailboxTests {

    @Autowired
    TestHttp http;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    TestMail testMail;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void the_developer_mailbox_answers_404_to_administrators_once_a_mail_server_is_configured() {
        // GIVEN a mail with a personal link, sent through the mail server
        String recipient = "mailbox-" + UUID.randomUUID() + "@example.org";
        transaction.executeWithoutResult(status -> outbox.enqueue(new Mail(recipient, Locale.GERMAN,
                new OrganizerMessageMail("Tagung", "http://localhost:8080/events/tagung", "Initiative",
                        "Ihr persönlicher Link"), null, null)));
        UUID id = testMail.delivered(recipient).get(0).id();
        Visitor admin = new Visitor(http);
        var user = fixtures.admin();
        admin.login(user.email(), user.password());

        // WHEN / THEN
        assertThat(admin.get("/admin/mailbox").statusCode()).isEqualTo(404);
        assertThat(admin.get("/admin/mailbox/" + id).statusCode()).isEqualTo(404);
        assertThat(admin.get("/admin/mailbox/" + id + "/html").statusCode()).isEqualTo(404);
        String organizations = admin.get("/admin/organizations").body();
        assertThat(Jsoup.parse(organizations).select("a[href=/admin/mailbox]")).isEmpty();
        assertThat(Jsoup.parse(organizations).select("#no-mail-server")).isEmpty();
    }
}
