package de.offenekommune.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.TestHttp;
import de.offenekommune.Visitor;

/** The login form over real HTTP, as the failure page is a server-side forward MockMvc would not follow. */
@IntegrationTest
class LoginTests {

    static final String INVALID = "E-Mail-Adresse oder Passwort sind nicht richtig.";

    @Autowired
    TestHttp http;

    @Autowired
    TestFixtures fixtures;

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    static String alert(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).select("#login-error").text();
    }

    @Test
    void logging_in_leads_to_my_events() {
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Visitor visitor = new Visitor(http);

        HttpResponse<String> response = visitor.login(organizer.email(), organizer.password());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/manage/events");
        assertThat(visitor.get("/manage/events").statusCode()).isEqualTo(200);
    }

    @Test
    void logging_in_gives_the_visitor_a_new_session_id_and_the_old_one_stays_anonymous() {
        // GIVEN an anonymous session, e.g. one an attacker planted in the victim's browser
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Visitor visitor = new Visitor(http);
        HttpResponse<String> redirect = visitor.get("/manage/events");
        assertThat(location(redirect)).endsWith("/login");
        String before = visitor.cookie("ok_session");
        assertThat(before).isNotBlank();

        // WHEN the victim logs in
        HttpResponse<String> login = visitor.login(organizer.email(), organizer.password());

        // THEN the session id changed, and the planted one grants nothing
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).as("back to the page asked for").contains("/manage/events");
        assertThat(visitor.cookie("ok_session")).isNotBlank().isNotEqualTo(before);
        assertThat(visitor.get("/manage/events").statusCode()).isEqualTo(200);
        Visitor attacker = new Visitor(http).withCookie("ok_session", before);
        assertThat(attacker.get("/manage/events").statusCode()).isEqualTo(302);
    }

    @Test
    void a_wrong_password_shows_the_form_again_with_the_email_and_a_neutral_message() {
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Visitor visitor = new Visitor(http);

        HttpResponse<String> response = visitor.login(organizer.email(), "Falsches-Passwort-2026");

        assertThat(response.statusCode()).isEqualTo(401);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#login-error").text()).isEqualTo(INVALID);
        assertThat(page.select("input#email").attr("value")).isEqualTo(organizer.email());
        assertThat(page.select("input#password").hasAttr("value")).as("the password is never sent back").isFalse();
        assertThat(response.body()).doesNotContain("Falsches-Passwort-2026");
        assertThat(visitor.cookie("ok_session")).as("no session for a failed login: %s", visitor.history()).isNull();
        assertThat(visitor.get("/manage/events").statusCode()).isEqualTo(302);
    }

    @Test
    void an_unknown_email_gets_exactly_the_same_answer_as_a_wrong_password() {
        TestUser organizer = fixtures.organizer(fixtures.organization());

        HttpResponse<String> wrongPassword = new Visitor(http).login(organizer.email(), "Falsches-Passwort-2026");
        HttpResponse<String> unknownEmail = new Visitor(http).login(TestFixtures.unique("niemand") + "@example.org",
                "Falsches-Passwort-2026");

        assertThat(unknownEmail.statusCode()).isEqualTo(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(alert(unknownEmail)).isEqualTo(alert(wrongPassword)).isEqualTo(INVALID);
        assertThat(Jsoup.parse(unknownEmail.body()).select("main").text())
                .isEqualTo(Jsoup.parse(wrongPassword.body()).select("main").text());
    }

    @Test
    void a_disabled_account_gets_the_same_neutral_answer() {
        TestUser organizer = fixtures.organizer(fixtures.organization());
        fixtures.disable(organizer);

        HttpResponse<String> response = new Visitor(http).login(organizer.email(), organizer.password());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(alert(response)).isEqualTo(INVALID);
    }

    @Test
    void the_email_may_be_typed_in_another_case_and_with_blanks() {
        TestUser organizer = fixtures.organizer(fixtures.organization());

        HttpResponse<String> response = new Visitor(http).login("  " + organizer.email().toUpperCase() + " ",
                organizer.password());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/manage/events");
    }

    @Test
    void logging_out_ends_the_session() {
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Visitor visitor = new Visitor(http);
        visitor.login(organizer.email(), organizer.password());
        String session = visitor.cookie("ok_session");

        HttpResponse<String> response = visitor.submit("/manage/events", "/logout", Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/?logged-out");
        assertThat(visitor.get("/manage/events").statusCode()).isEqualTo(302);
        assertThat(new Visitor(http).withCookie("ok_session", session).get("/manage/events").statusCode()).isEqualTo(302);
    }

    @Test
    void a_link_to_logout_does_not_log_out() {
        // GIVEN a logged-in organizer who follows a link (GET) planted elsewhere
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Visitor visitor = new Visitor(http);
        visitor.login(organizer.email(), organizer.password());

        HttpResponse<String> response = visitor.get("/logout");

        // THEN nothing happened
        assertThat(response.statusCode()).isNotEqualTo(302);
        assertThat(visitor.get("/manage/events").statusCode()).isEqualTo(200);
    }

    @Test
    void logging_out_without_the_form_token_is_refused() {
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Visitor visitor = new Visitor(http);
        visitor.login(organizer.email(), organizer.password());

        HttpResponse<String> response = visitor.post("/logout", Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(visitor.get("/manage/events").statusCode()).isEqualTo(200);
    }

    @Test
    void logging_in_without_the_form_token_is_refused() {
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Visitor visitor = new Visitor(http);

        HttpResponse<String> response = visitor.post("/login",
                Map.of("email", organizer.email(), "password", organizer.password()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(visitor.get("/manage/events").statusCode()).isEqualTo(302);
    }
}
