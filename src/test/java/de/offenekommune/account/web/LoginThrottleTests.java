package de.offenekommune.account.web;

import static de.offenekommune.account.web.LoginTests.alert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.TestHttp;
import de.offenekommune.Visitor;

/**
 * Five failed logins per email in a fixed 15-minute window, fifty per address. Every visitor here has
 * an address of its own, so the tests do not count each other's failures.
 */
@IntegrationTest
class LoginThrottleTests {

    static final String THROTTLED = "Zu viele fehlgeschlagene Versuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann erneut.";
    private static final String WRONG = "Falsches-Passwort-2026";

    @Autowired
    TestHttp http;

    @Autowired
    TestFixtures fixtures;

    /** The counters restart with each window; a test must not run across the start of a new one. */
    @BeforeEach
    void startWellInsideAThrottleWindow() {
        long window = Duration.ofMinutes(15).toMillis();
        await().atMost(Duration.ofSeconds(65)).pollInterval(Duration.ofSeconds(1))
                .until(() -> window - System.currentTimeMillis() % window > Duration.ofSeconds(60).toMillis());
    }

    private void failTimes(int times, String email) {
        for (int i = 1; i <= times; i++) {
            HttpResponse<String> response = new Visitor(http).login(email, WRONG);
            assertThat(response.statusCode()).as("failure %d", i).isEqualTo(401);
        }
    }

    @Test
    void after_five_failures_even_the_right_password_is_refused_for_a_while() {
        // GIVEN five failed attempts for one account, from different addresses
        TestUser organizer = fixtures.organizer(fixtures.organization());
        failTimes(5, organizer.email());

        // WHEN the owner now types the right password
        Visitor owner = new Visitor(http);
        HttpResponse<String> response = owner.login(organizer.email(), organizer.password());

        // THEN
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(alert(response)).isEqualTo(THROTTLED);
        assertThat(owner.get("/manage/events").statusCode()).as("not logged in").isEqualTo(302);
    }

    @Test
    void an_unknown_email_is_throttled_alike_so_the_throttle_tells_nothing_about_accounts() {
        String unknown = TestFixtures.unique("niemand") + "@example.org";
        failTimes(5, unknown);

        HttpResponse<String> response = new Visitor(http).login(unknown, WRONG);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(alert(response)).isEqualTo(THROTTLED);
    }

    @Test
    void spellings_of_the_same_email_count_together() {
        TestUser organizer = fixtures.organizer(fixtures.organization());
        String email = organizer.email();
        failTimes(2, email.toUpperCase());
        failTimes(3, "  " + email + " ");

        HttpResponse<String> response = new Visitor(http).login(email, organizer.password());

        assertThat(response.statusCode()).isEqualTo(429);
    }

    @Test
    void four_failures_still_allow_the_right_password_and_a_login_starts_the_count_anew() {
        TestUser organizer = fixtures.organizer(fixtures.organization());
        failTimes(4, organizer.email());

        assertThat(new Visitor(http).login(organizer.email(), organizer.password()).statusCode()).isEqualTo(302);

        failTimes(4, organizer.email());
        assertThat(new Visitor(http).login(organizer.email(), organizer.password()).statusCode())
                .as("only four failures since the last login").isEqualTo(302);
    }

    @Test
    void a_throttled_attempt_does_not_prolong_the_lock_of_other_accounts() {
        TestUser locked = fixtures.organizer(fixtures.organization());
        TestUser other = fixtures.organizer(fixtures.organization());
        failTimes(5, locked.email());

        assertThat(new Visitor(http).login(locked.email(), locked.password()).statusCode()).isEqualTo(429);
        assertThat(new Visitor(http).login(other.email(), other.password()).statusCode()).isEqualTo(302);
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
}
