package de.offenekommune.account.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.IntegrationTest;
import de.offenekommune.TestClock;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.TestHttp;
import de.offenekommune.account.internal.ApiTokens;
import de.offenekommune.account.Organization;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.event.Event;
import de.offenekommune.event.Events;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * API tokens act with their owner's current rights, and only until they expire.
 */
@IntegrationTest
class TokenAccessTests {

    @Autowired
    TestHttp http;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Events events;

    @Autowired
    TestClock clock;

    @Autowired
    JsonMapper json;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private HttpResponse<String> send(String method, String path, String token) {
        return http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + path))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private JsonNode me(String token) {
        HttpResponse<String> response = send("GET", "/api/v1/me", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private Event draftOfAnotherOrganization() {
        Organization organization = fixtures.organization();
        return fixtures.draft(fixtures.organizer(organization), organization, EventDetailsBuilder
                .workshop("Fremder Entwurf", LocalDateTime.now().plusDays(20).withNano(0)).build());
    }

    @Test
    void a_demoted_administrators_token_loses_the_administrators_rights_at_once() {
        // GIVEN an administrator's token, which may manage any organization's events
        TestUser admin = fixtures.admin();
        String token = tokens.issue(admin.id(), "Automatisierung");
        assertThat(me(token).get("role").asString()).isEqualTo("ADMIN");
        Event foreign = draftOfAnotherOrganization();

        // WHEN the account becomes a normal user
        accounts.changeAccess(admin.id(), PlatformRole.USER, true);

        // THEN the very next request with the token has a normal user's rights
        assertThat(me(token).get("role").asString()).isEqualTo("USER");
        assertThat(send("DELETE", "/api/v1/events/" + foreign.id(), token).statusCode()).isEqualTo(404);
        assertThat(events.findById(foreign.id())).isPresent();
    }

    @Test
    void a_disabled_accounts_token_stops_working_at_once() {
        TestUser organizer = fixtures.organizer(fixtures.organization());
        String token = tokens.issue(organizer.id(), "CMS");
        assertThat(send("GET", "/api/v1/me", token).statusCode()).isEqualTo(200);

        fixtures.disable(organizer);

        HttpResponse<String> response = send("GET", "/api/v1/me", token);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void me_tells_when_the_token_expires_and_when_it_was_last_used() {
        // GIVEN a token made at a known time for 30 days
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(created);
        TestUser organizer = fixtures.organizer(fixtures.organization());
        String token = tokens.issue(organizer.id(), "Kalender", Duration.ofDays(30));

        // WHEN it is used two hours later
        clock.advance(Duration.ofHours(2));
        JsonNode me = me(token);

        // THEN
        JsonNode about = me.get("token");
        assertThat(about.get("name").asString()).isEqualTo("Kalender");
        assertThat(about.get("hint").asString()).isEqualTo("…" + token.substring(token.length() - 4));
        assertThat(Instant.parse(about.get("createdAt").asString())).isEqualTo(created);
        assertThat(Instant.parse(about.get("expiresAt").asString())).isEqualTo(created.plus(Duration.ofDays(30)));
        assertThat(Instant.parse(about.get("lastUsedAt").asString())).isEqualTo(created.plus(Duration.ofHours(2)));
    }

    @Test
    void an_expired_token_gets_401_problem_details_that_say_it_expired() {
        // GIVEN a token valid for seven days
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        TestUser organizer = fixtures.organizer(fixtures.organization());
        String token = tokens.issue(organizer.id(), "Kurzlebig", Duration.ofDays(7));
        assertThat(send("GET", "/api/v1/me", token).statusCode()).isEqualTo(200);

        // WHEN its seven days are over
        clock.advance(Duration.ofDays(7));
        HttpResponse<String> response = send("GET", "/api/v1/me", token);

        // THEN
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(header -> assertThat(header)
                .contains("error=\"invalid_token\"").contains("expired"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("detail").asString()).contains("expired");
        assertThat(response.body()).doesNotContain(token);
    }
}
