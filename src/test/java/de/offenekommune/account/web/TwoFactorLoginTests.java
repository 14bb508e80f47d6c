package de.offenekommune.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestClock;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.TestHttp;
import de.offenekommune.Visitor;
import de.offenekommune.account.PlatformRole;

/** Enrolment, the second login step, recovery codes, throttling and the administrator's reset, over real HTTP. */
@IntegrationTest
class TwoFactorLoginTests {

    @Autowired
    TestHttp http;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    Instant now;

    @BeforeEach
    void stopTheClock() {
        // at the start of a 30-second step, so that every code below belongs to exactly one step
        now = Instant.now().truncatedTo(ChronoUnit.MINUTES).plusSeconds(60);
        clock.set(now);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    /** Moves on by one TOTP step: each code counts once. */
    private Instant nextStep() {
        now = now.plusSeconds(30);
        clock.set(now);
        return now;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    record Enrolled(String secret, List<String> recoveryCodes) {
    }

    private Enrolled enrol(Visitor visitor) {
        String secret = TotpCodes.secretOn(visitor.get("/account/two-factor").body());
        assertThat(secret).as("the key is shown for typing").matches("[A-Z2-7 ]{32,40}");
        HttpResponse<String> confirmed = visitor.submit("/account/two-factor", "/account/two-factor",
                Map.of("code", TotpCodes.code(secret, now)));
        // the codes are shown after a redirect, once: a reload neither sends the code again nor shows them twice
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(location(confirmed)).endsWith("/account/two-factor");
        String shown = visitor.get("/account/two-factor").body();
        assertThat(Jsoup.parse(shown).select("[role=status]").text()).contains("Die Zwei-Faktor-Anmeldung ist eingerichtet.");
        assertThat(TotpCodes.recoveryCodesOn(visitor.get("/account/two-factor").body())).isEmpty();
        return new Enrolled(secret, TotpCodes.recoveryCodesOn(shown));
    }

    private Visitor loggedIn(TestUser user) {
        Visitor visitor = new Visitor(http);
        assertThat(visitor.login(user.email(), user.password()).statusCode()).isEqualTo(302);
        return visitor;
    }

    @Test
    void after_enrolment_the_password_alone_signs_nobody_in_and_the_code_does() {
        // GIVEN an organizer who enrolled
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Enrolled enrolled = enrol(loggedIn(organizer));
        assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[0-9a-z]{4}(-[0-9a-z]{4}){3}"));
        assertThat(jdbc.sql("select secret from two_factor where user_id = :id").param("id", organizer.id().value())
                .query(byte[].class).single()).as("stored sealed, not as the key").isNotEmpty()
                .isNotEqualTo(new org.apache.commons.codec.binary.Base32().decode(enrolled.secret().replace(" ", "")));

        // WHEN the organizer logs in with the password
        Visitor visitor = new Visitor(http);
        HttpResponse<String> password = visitor.login(organizer.email(), organizer.password());

        // THEN the code is asked for, and nothing is open yet
        assertThat(password.statusCode()).isEqualTo(302);
        assertThat(location(password)).endsWith("/login/code");
        assertThat(visitor.get("/login/code").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/account").statusCode()).isEqualTo(302);
        assertThat(visitor.get("/manage/events").statusCode()).isEqualTo(302);

        // WHEN the code from the app follows
        String before = visitor.cookie("ok_session");
        HttpResponse<String> code = visitor.submit("/login/code", "/login/code", Map.of("code", TotpCodes.code(enrolled.secret(), nextStep())));

        // THEN the organizer is in, on the page last asked for, with a new session id
        assertThat(code.statusCode()).isEqualTo(302);
        assertThat(location(code)).contains("/manage/events");
        assertThat(visitor.cookie("ok_session")).isNotEqualTo(before);
        assertThat(visitor.get("/manage/events").statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(visitor.get("/account").body()).text()).contains("Die Zwei-Faktor-Anmeldung ist eingeschaltet");
    }

    @Test
    void a_wrong_or_replayed_code_is_refused_and_many_wrong_codes_are_throttled() {
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Enrolled enrolled = enrol(loggedIn(organizer));
        Visitor visitor = new Visitor(http);
        visitor.login(organizer.email(), organizer.password());

        String used = TotpCodes.code(enrolled.secret(), now);
        HttpResponse<String> replayed = visitor.submit("/login/code", "/login/code", Map.of("code", used));
        assertThat(replayed.statusCode()).as("the code of enrolment counts once").isEqualTo(401);
        assertThat(Jsoup.parse(replayed.body()).select("#code-error").text()).contains("nicht richtig");
        assertThat(visitor.get("/manage/events").statusCode()).isEqualTo(302);

        for (int i = 0; i < 4; i++) {
            assertThat(visitor.submit("/login/code", "/login/code", Map.of("code", "000000")).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> throttled = visitor.submit("/login/code", "/login/code",
                Map.of("code", TotpCodes.code(enrolled.secret(), nextStep())));
        assertThat(throttled.statusCode()).as("five failures in a quarter hour hold even the right code back").isEqualTo(429);
        assertThat(visitor.get("/manage/events").statusCode()).isEqualTo(302);

        clock.set(now.plus(Duration.ofMinutes(16)));
        HttpResponse<String> later = visitor.get("/login/code");
        assertThat(later.statusCode()).as("the pending login expired meanwhile: back to the password").isEqualTo(302);
        assertThat(location(later)).endsWith("/login");
    }

    @Test
    void a_recovery_code_works_once() {
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Enrolled enrolled = enrol(loggedIn(organizer));
        String recovery = enrolled.recoveryCodes().get(3);

        Visitor first = new Visitor(http);
        first.login(organizer.email(), organizer.password());
        HttpResponse<String> accepted = first.submit("/login/code", "/login/code", Map.of("code", recovery.toUpperCase()));
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(location(accepted)).endsWith("/manage/events");
        assertThat(Jsoup.parse(first.get("/account/two-factor").body()).text()).contains("Unbenutzte Wiederherstellungscodes: 9");

        Visitor second = new Visitor(http);
        second.login(organizer.email(), organizer.password());
        assertThat(second.submit("/login/code", "/login/code", Map.of("code", recovery)).statusCode()).isEqualTo(401);
        assertThat(second.get("/manage/events").statusCode()).isEqualTo(302);
    }

    @Test
    void an_administrator_resets_a_lost_second_factor_without_seeing_it_and_the_owner_enrols_again() {
        // GIVEN an organizer with a second factor, logged in
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Visitor organizerBrowser = loggedIn(organizer);
        Enrolled old = enrol(organizerBrowser);
        TestUser admin = fixtures.user(PlatformRole.ADMIN);
        Visitor adminBrowser = loggedIn(admin);
        String userPage = "/admin/users/" + organizer.id().value();
        String page = adminBrowser.get(userPage).body();
        assertThat(Jsoup.parse(page).select("#two-factor-status").text()).isEqualTo("Eingerichtet.");
        assertThat(page).doesNotContain(old.secret());

        // WHEN the administrator resets it
        HttpResponse<String> reset = adminBrowser.submit(userPage, userPage + "/two-factor/reset", Map.of());

        // THEN the organizer is logged out, logs in with the password alone and must enrol before anything else
        assertThat(reset.statusCode()).isEqualTo(302);
        assertThat(Jsoup.parse(adminBrowser.get(userPage).body()).select("#two-factor-status").text()).isEqualTo("Nicht eingerichtet.");
        assertThat(organizerBrowser.get("/manage/events").statusCode()).isEqualTo(302);
        Visitor again = new Visitor(http);
        HttpResponse<String> login = again.login(organizer.email(), organizer.password());
        assertThat(location(login)).endsWith("/manage/events");
        HttpResponse<String> held = again.get("/manage/events");
        assertThat(held.statusCode()).isEqualTo(302);
        assertThat(location(held)).endsWith("/account/two-factor");
        String enrolment = again.get("/account/two-factor").body();
        assertThat(Jsoup.parse(enrolment).select("#must-enrol").text()).contains("Bevor Sie weiterarbeiten");
        assertThat(TotpCodes.secretOn(enrolment)).isNotEqualTo(old.secret());
        nextStep();
        enrol(again);
        assertThat(again.get("/manage/events").statusCode()).isEqualTo(200);
    }

    @Test
    void new_recovery_codes_are_shown_once_after_a_redirect_and_replace_the_old_ones() {
        // GIVEN an organizer with a second factor
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Visitor visitor = loggedIn(organizer);
        Enrolled enrolled = enrol(visitor);

        // WHEN they ask for new recovery codes
        HttpResponse<String> renewed = visitor.submit("/account/two-factor", "/account/two-factor/recovery-codes", Map.of());

        // THEN the page after the redirect shows ten new ones, a reload none, and the old ones are gone
        assertThat(renewed.statusCode()).isEqualTo(302);
        List<String> codes = TotpCodes.recoveryCodesOn(visitor.get("/account/two-factor").body());
        assertThat(codes).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
        assertThat(TotpCodes.recoveryCodesOn(visitor.get("/account/two-factor").body())).isEmpty();
        assertThat(Jsoup.parse(visitor.get("/account/two-factor").body()).text())
                .contains("Unbenutzte Wiederherstellungscodes: 10");
    }

    @Test
    void switching_it_off_needs_a_code() {
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Visitor visitor = loggedIn(organizer);
        Enrolled enrolled = enrol(visitor);

        HttpResponse<String> wrong = visitor.submit("/account/two-factor", "/account/two-factor/disable", Map.of("code", "123456"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(wrong.body()).select("#error-summary").text()).contains("unbenutzten Wiederherstellungscodes");
        HttpResponse<String> right = visitor.submit("/account/two-factor", "/account/two-factor/disable",
                Map.of("code", TotpCodes.code(enrolled.secret(), nextStep())));
        assertThat(right.statusCode()).isEqualTo(302);

        HttpResponse<String> login = new Visitor(http).login(organizer.email(), organizer.password());
        assertThat(location(login)).endsWith("/manage/events");
    }
}
