package de.offenekommune.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.simple.JdbcClient;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.TestHttp;
import de.offenekommune.Visitor;
import de.offenekommune.account.internal.ApiTokens;
import de.offenekommune.account.Organization;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.event.Event;
import de.offenekommune.event.Events;

/**
 * Rights are checked per request against the current account state: what an administrator changes
 * applies to sessions that are already open, at their next request.
 */
@IntegrationTest
class RightsFollowAccountStateTests {

    @Autowired
    TestHttp http;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Events events;

    private Visitor loggedIn(TestUser user) {
        Visitor visitor = new Visitor(http);
        assertThat(visitor.login(user.email(), user.password()).statusCode()).isEqualTo(302);
        return visitor;
    }

    private Visitor administrator() {
        return loggedIn(fixtures.admin());
    }

    private Event eventOf(TestUser organizer, Organization organization) {
        return fixtures.published(organizer, organization, EventDetailsBuilder
                .workshop("Werkstatt Bürgerhaushalt", LocalDateTime.now().plusDays(30).withNano(0)).build());
    }

    @Test
    void a_demoted_administrator_loses_the_administration_at_the_next_request() {
        // GIVEN an administrator who also organizes, in the middle of a session
        TestUser demoted = fixtures.user(PlatformRole.ADMIN, fixtures.organization());
        Visitor session = loggedIn(demoted);
        assertThat(session.get("/admin/users").statusCode()).isEqualTo(200);
        assertThat(session.get("/admin/invitations/new").statusCode()).isEqualTo(200);

        // WHEN another administrator makes them a normal organizer
        Visitor admin = administrator();
        String page = "/admin/users/" + demoted.id();
        assertThat(admin.submit(page, page + "/access", Map.of("role", "USER", "enabled", "true")).statusCode())
                .isEqualTo(302);

        // THEN the open session keeps none of the administrator's rights
        assertThat(session.get("/admin/invitations/new").statusCode()).isEqualTo(403);
        assertThat(session.get("/admin/users").statusCode()).isEqualTo(403);
        String backdoor = TestFixtures.unique("hintertuer") + "@example.org";
        HttpResponse<String> creation = session.submit("/account", "/admin/invitations", Map.of("email", backdoor,
                "displayName", "Hintertür", "role", "ADMIN"));
        assertThat(creation.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from invitation where email = :email").param("email", backdoor)
                .query(Integer.class).single()).as("no invitation").isZero();
        assertThat(session.get("/manage/events").statusCode()).as("still signed in as a user").isEqualTo(200);
    }

    @Test
    void a_disabled_organizer_is_signed_out_at_the_next_request() {
        // GIVEN an organizer looking at the participants of an event
        Organization organization = fixtures.organization();
        TestUser organizer = fixtures.organizer(organization);
        Event event = eventOf(organizer, organization);
        Event draft = fixtures.draft(organizer, organization, EventDetailsBuilder
                .workshop("Entwurf", LocalDateTime.now().plusDays(40).withNano(0)).build());
        Visitor session = loggedIn(organizer);
        String participants = "/manage/events/" + event.id() + "/registrations";
        assertThat(session.get(participants).statusCode()).isEqualTo(200);
        assertThat(session.get(participants + "/export", "text/csv").statusCode()).isEqualTo(200);
        String formToken = Visitor.csrfToken(session.get("/account").body());

        // WHEN an administrator disables the account
        Visitor admin = administrator();
        String page = "/admin/users/" + organizer.id();
        assertThat(admin.submit(page, page + "/access", Map.of("role", "USER")).statusCode()).isEqualTo(302);

        // THEN the session is over: no participants, no CSV, no tokens, no deleting
        assertThat(session.get(participants).statusCode()).isEqualTo(302);
        assertThat(session.get(participants + "/export", "text/csv").statusCode()).isEqualTo(302);
        assertThat(session.post("/account/tokens", Map.of("_csrf", formToken, "name", "Nachschlüssel")).statusCode())
                .isNotIn(200, 201);
        assertThat(tokens.findActive(organizer.id())).isEmpty();
        session.post("/manage/events/" + draft.id() + "/delete", Map.of("_csrf", formToken));
        assertThat(events.findById(draft.id())).isPresent();
        assertThat(session.get("/manage/events").statusCode()).isEqualTo(302);
    }

    @Test
    void a_removed_membership_ends_access_to_the_organizations_events_at_once() {
        // GIVEN an organizer of two organizations, signed in
        Organization kept = fixtures.organization();
        Organization removed = fixtures.organization();
        TestUser organizer = fixtures.organizer(kept, removed);
        Event own = eventOf(organizer, kept);
        Event former = eventOf(organizer, removed);
        Visitor session = loggedIn(organizer);
        assertThat(session.get("/manage/events/" + former.id() + "/registrations").statusCode()).isEqualTo(200);
        assertThat(session.get("/manage/events/" + former.id() + "/registrations/export", "text/csv").statusCode())
                .isEqualTo(200);

        // WHEN an administrator removes one membership
        Visitor admin = administrator();
        String page = "/admin/users/" + organizer.id();
        assertThat(admin.submit(page, page + "/memberships/" + removed.id() + "/remove", Map.of()).statusCode())
                .isEqualTo(302);

        // THEN that organization's events and participants are closed to the session, the other's stay open
        assertThat(session.get("/manage/events/" + former.id() + "/registrations").statusCode()).isIn(403, 404);
        assertThat(session.get("/manage/events/" + former.id() + "/registrations/export", "text/csv").statusCode())
                .isIn(403, 404);
        assertThat(session.get("/manage/events/" + former.id() + "/edit").statusCode()).isIn(403, 404);
        assertThat(session.get("/manage/events/" + own.id() + "/registrations").statusCode()).isEqualTo(200);
    }
}
