package de.offenekommune.account.web;

import static de.offenekommune.account.web.LoginTests.alert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestClock;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.TestHttp;
import de.offenekommune.TestMail;
import de.offenekommune.Visitor;
import de.offenekommune.notification.internal.OutboxMails;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * The login throttle slows guessing down without locking the owner out. Every visitor has an address of
 * its own; the clock stands one minute into a new day, so every counting window starts with the test.
 */
@IntegrationTest
class LoginThrottleTests {

    static final String THROTTLED = "Zu viele fehlgeschlagene Versuche. Bitte warten Sie eine Viertelstunde und versuchen "
            + "Sie es dann erneut; nach vielen Fehlversuchen kann die Wartezeit länger sein.";
    private static final String WRONG = "Falsches-Passwort-2026";

    @Autowired
    TestHttp http;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    TestMail mail;

    @Autowired
    OutboxMails outbox;

    @BeforeEach
    void startOfADay() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofMinutes(1)));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static void failTimes(int times, Visitor from, String email) {
        for (int i = 1; i <= times; i++) {
            HttpResponse<String> response = from.login(email, WRONG);
            assertThat(response.statusCode()).as("failure %d", i).isEqualTo(401);
        }
    }

    @Test
    void the_owner_logs_in_from_their_address_after_an_attackers_many_failures_from_others() {
        // GIVEN an attacker who guessed the owner's password five times from each of two addresses, and once
        // from each of ten more
        TestUser owner = fixtures.organizer(fixtures.organization());
        Visitor attacker = new Visitor(http);
        failTimes(5, attacker, owner.email());
        failTimes(5, new Visitor(http), owner.email());
        for (int address = 0; address < 10; address++) {
            failTimes(1, new Visitor(http), owner.email());
        }

        // WHEN the owner logs in from their own address
        Visitor visitor = new Visitor(http);
        HttpResponse<String> response = visitor.login(owner.email(), owner.password());

        // THEN they are in, while the attacker's addresses stay held back even with the right password
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(visitor.get("/manage/events").statusCode()).isEqualTo(200);
        assertThat(attacker.login(owner.email(), owner.password()).statusCode()).isEqualTo(429);
    }

    @Test
    void after_many_failures_for_an_account_an_address_with_one_failure_waits_but_a_fresh_one_may_try() {
        // GIVEN ten failures for one account from ten addresses
        TestUser owner = fixtures.organizer(fixtures.organization());
        Visitor last = null;
        for (int i = 0; i < 10; i++) {
            last = new Visitor(http);
            failTimes(1, last, owner.email());
        }

        // THEN an address that failed before must wait, a fresh one is checked as usual
        assertThat(last.login(owner.email(), WRONG).statusCode()).isEqualTo(429);
        assertThat(new Visitor(http).login(owner.email(), WRONG).statusCode()).isEqualTo(401);
        assertThat(new Visitor(http).login(owner.email(), owner.password()).statusCode()).isEqualTo(302);
    }

    @Test
    void the_owner_hears_of_repeated_failures_by_mail_once_without_the_attackers_addresses() throws Exception {
        // GIVEN ten failures for one account in a quarter hour, from two addresses
        TestUser owner = fixtures.organizer(fixtures.organization());
        failTimes(5, new Visitor(http), owner.email());
        failTimes(5, new Visitor(http), owner.email());

        // THEN one mail tells the owner when it happened, and nothing about who tried
        await().atMost(Duration.ofSeconds(20)).until(() -> mail.to(owner.email()).size() == 1);
        MimeMessage message = mail.to(owner.email()).get(0);
        assertThat(message.getSubject()).isEqualTo("Fehlgeschlagene Anmeldeversuche mit Ihrem Konto bei Offene Kommune");
        String text = text(message);
        String time = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Berlin")).format(clock.instant());
        assertThat(text).contains("gegen " + time + " Uhr", "10-mal innerhalb von 15 Minuten", "nicht gesperrt", "/account")
                .doesNotContain("198.18.").doesNotContain(WRONG);

        // WHEN the guessing goes on
        for (int i = 0; i < 5; i++) {
            failTimes(1, new Visitor(http), owner.email());
        }

        // THEN no further mail follows
        assertThat(mail.delivered(owner.email())).as("once per burst").hasSize(1);
    }

    @Test
    void five_failures_from_one_address_make_it_wait_for_the_quarter_hour_even_with_the_right_password() {
        // GIVEN five failed attempts for one account from one address
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Visitor visitor = new Visitor(http);
        failTimes(5, visitor, organizer.email());

        // WHEN the right password comes from there
        HttpResponse<String> response = visitor.login(organizer.email(), organizer.password());

        // THEN it must wait, and may try again when the quarter hour is over
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(alert(response)).isEqualTo(THROTTLED);
        assertThat(visitor.get("/manage/events").statusCode()).as("not logged in").isEqualTo(302);
        clock.advance(Duration.ofMinutes(15));
        assertThat(visitor.login(organizer.email(), organizer.password()).statusCode()).isEqualTo(302);
    }

    @Test
    void the_wait_grows_with_the_failures_from_one_address() {
        // GIVEN ten failures from one address within the hour
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Visitor visitor = new Visitor(http);
        failTimes(5, visitor, organizer.email());
        clock.advance(Duration.ofMinutes(15));
        failTimes(5, visitor, organizer.email());

        // THEN a quarter hour is no longer enough, the rest of the hour is
        clock.advance(Duration.ofMinutes(15));
        assertThat(visitor.login(organizer.email(), organizer.password()).statusCode()).isEqualTo(429);
        clock.advance(Duration.ofMinutes(30));
        assertThat(visitor.login(organizer.email(), organizer.password()).statusCode()).isEqualTo(302);
    }

    @Test
    void an_unknown_email_is_throttled_alike_so_the_throttle_tells_nothing_about_accounts() {
        String unknown = TestFixtures.unique("niemand") + "@example.org";
        Visitor visitor = new Visitor(http);
        failTimes(5, visitor, unknown);

        HttpResponse<String> response = visitor.login(unknown, WRONG);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(alert(response)).isEqualTo(THROTTLED);
    }

    @Test
    void spellings_of_the_same_email_count_together() {
        TestUser organizer = fixtures.organizer(fixtures.organization());
        String email = organizer.email();
        Visitor visitor = new Visitor(http);
        failTimes(2, visitor, email.toUpperCase());
        failTimes(3, visitor, "  " + email + " ");

        HttpResponse<String> response = visitor.login(email, organizer.password());

        assertThat(response.statusCode()).isEqualTo(429);
    }

    @Test
    void four_failures_still_allow_the_right_password_and_a_login_starts_the_count_anew() {
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Visitor visitor = new Visitor(http);
        failTimes(4, visitor, organizer.email());

        assertThat(visitor.login(organizer.email(), organizer.password()).statusCode()).isEqualTo(302);

        failTimes(4, visitor, organizer.email());
        assertThat(visitor.login(organizer.email(), organizer.password()).statusCode())
                .as("only four failures since the last login").isEqualTo(302);
    }

    @Test
    void a_throttled_attempt_does_not_touch_other_accounts() {
        TestUser locked = fixtures.organizer(fixtures.organization());
        TestUser other = fixtures.organizer(fixtures.organization());
        Visitor visitor = new Visitor(http);
        failTimes(5, visitor, locked.email());

        assertThat(visitor.login(locked.email(), locked.password()).statusCode()).isEqualTo(429);
        assertThat(visitor.login(other.email(), other.password()).statusCode()).isEqualTo(302);
    }

    @Test
    void one_address_trying_many_accounts_is_stopped_after_fifty_failures() {
        // GIVEN one address that guessed wrong for fifty different emails
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Visitor guesser = new Visitor(http);
        for (int i = 1; i <= 50; i++) {
            assertThat(guesser.login(TestFixtures.unique("raten") + "@example.org", WRONG).statusCode()).isEqualTo(401);
        }

        // WHEN it tries an account it knows the password of
        HttpResponse<String> response = guesser.login(organizer.email(), organizer.password());

        // THEN it is throttled, while the account's owner elsewhere is not
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(alert(response)).isEqualTo(THROTTLED);
        assertThat(new Visitor(http).login(organizer.email(), organizer.password()).statusCode()).isEqualTo(302);
    }

    /** The plain-text part of a mail. */
    static String text(MimeMessage message) throws MessagingException, IOException {
        return text(message.getContent());
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String plain) {
            return plain;
        }
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
                if (part.getContent() instanceof MimeMultipart nested) {
                    String found = text(nested);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
        }
        return "";
    }
}
