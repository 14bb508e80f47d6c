package de.offenekommune.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.TestHttp;
import de.offenekommune.TestMail;
import de.offenekommune.Visitor;
import de.offenekommune.account.Organization;
import de.offenekommune.account.Organizations;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.account.UserAccount;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.notification.internal.OutboxMail;
import de.offenekommune.platform.SecretTokens;

/**
 * The first hour of an organizer: the administrator invites them by mail (sent through the test mail
 * server), they follow the link, set their own password and land on their organization's events.
 */
@IntegrationTest
class InvitationTests {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/invitations/([A-Za-z0-9_-]{43}))\\?lang=(de|en)");

    @Autowired
    TestHttp http;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    TestMail testMail;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_invited_organizer_sets_their_own_password_and_lands_on_their_organizations_events() {
        // GIVEN an administrator who invites an organizer of one organization
        Organization organization = fixtures.organization();
        fixtures.published(fixtures.organizer(organization), organization,
                de.offenekommune.EventDetailsBuilder.referenceEvent().build());
        Visitor admin = loggedIn(fixtures.admin());
        String email = TestFixtures.unique("eingeladen") + "@example.org";

        // WHEN
        HttpResponse<String> sent = invite(admin, email, "Erika Mustermann", "USER", organization.id().toString());

        // THEN the invitation is listed, and the invitee got a mail with a link
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/users").body()).contains(email).contains("Offene Einladungen");
        OutboxMail mail = testMail.delivered(email).get(0);
        assertThat(mail.template()).isEqualTo("invitation_to_invitee");
        assertThat(mail.subject()).isEqualTo("Ihre Einladung zu Offene Kommune");
        assertThat(mail.text()).contains("Guten Tag Erika Mustermann,").contains(organization.name())
                .contains("Veranstalter/in");
        String path = link(mail.text()).group(1);
        String token = link(mail.text()).group(2);
        assertThat(jdbc.sql("select count(*) from invitation where token_hash = :hash")
                .param("hash", SecretTokens.hash(token)).query(Long.class).single())
                .as("only the hash of the link is stored").isEqualTo(1);

        // WHEN the invitee follows the link and sets a password
        Visitor invitee = new Visitor(http);
        HttpResponse<String> form = invitee.get(path);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(form.body()).select("#email").attr("value")).isEqualTo(email);
        HttpResponse<String> accepted = invitee.submit(path, path, Map.of("displayName", "Erika Mustermann",
                "password", "Mein-eigenes-Passwort-1", "confirmation", "Mein-eigenes-Passwort-1"));

        // THEN they are logged in and see their organization's events
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(LoginTests.location(accepted)).endsWith("/manage/events");
        HttpResponse<String> events = invitee.get("/manage/events");
        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(events.body()).contains("Willkommen! Ihr Passwort ist gespeichert").contains(organization.name());
        UserAccount account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.role()).isEqualTo(PlatformRole.USER);
        assertThat(organizations.isMember(account.id(), organization.id())).isTrue();
        assertThat(new Visitor(http).login(email, "Mein-eigenes-Passwort-1").statusCode()).isEqualTo(302);

        // AND the link works only once
        assertThat(new Visitor(http).get(path).statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(admin.get("/admin/users").body()).select(".ok-invitation").text()).doesNotContain(email);
    }

    @Test
    void an_organizer_without_organization_is_refused_with_a_clear_message_and_nothing_is_sent() {
        Visitor admin = loggedIn(fixtures.admin());
        String email = TestFixtures.unique("ohne-orga") + "@example.org";

        HttpResponse<String> refused = invite(admin, email, "Otto Ohneorga", "USER", "");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).select("#error-summary").text())
                .contains("Veranstaltende gehören immer zu mindestens einer Organisation");
        assertThat(Jsoup.parse(refused.body()).select("#email").attr("value")).isEqualTo(email);
        assertThat(testMail.delivered(email)).isEmpty();
        assertThat(jdbc.sql("select count(*) from invitation where email = :email").param("email", email)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_moderator_may_be_invited_without_organization() {
        Visitor admin = loggedIn(fixtures.admin());
        String email = TestFixtures.unique("moderation") + "@example.org";

        assertThat(invite(admin, email, "Mona Moderation", "MODERATOR", "").statusCode()).isEqualTo(302);

        assertThat(testMail.delivered(email)).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("Moderation"));
    }

    @Test
    void a_password_against_the_rules_is_refused_and_the_link_keeps_working() {
        String email = invited();
        String path = link(testMail.delivered(email).get(0).text()).group(1);
        Visitor invitee = new Visitor(http);

        HttpResponse<String> refused = invitee.submit(path, path, Map.of("displayName", "Erika",
                "password", "kurz", "confirmation", "kurz"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).select("#password-error").text()).contains("12 bis 64 Zeichen");
        HttpResponse<String> mismatch = invitee.submit(path, path, Map.of("displayName", "Erika",
                "password", "Langes-Passwort-2026", "confirmation", "Anderes-Passwort-2026"));
        assertThat(mismatch.statusCode()).isEqualTo(422);
        HttpResponse<String> common = invitee.submit(path, path, Map.of("displayName", "Erika",
                "password", "123456789012", "confirmation", "123456789012"));
        assertThat(common.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(common.body()).select("#password-error").text()).contains(AccountPageTests.COMMON);
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(invitee.get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void resending_replaces_the_link_and_revoking_ends_it() {
        // GIVEN
        String email = invited();
        String first = link(testMail.delivered(email).get(0).text()).group(1);
        Visitor admin = loggedIn(fixtures.admin());
        String id = jdbc.sql("select id::text from invitation where email = :email").param("email", email)
                .query(String.class).single();

        // WHEN the invitation is sent again
        assertThat(admin.submit("/admin/users", "/admin/invitations/" + id + "/resend", Map.of()).statusCode())
                .isEqualTo(302);

        // THEN only the new link works
        List<OutboxMail> mails = testMail.delivered(email);
        assertThat(mails).hasSize(2);
        String second = link(mails.get(1).text()).group(1);
        assertThat(second).isNotEqualTo(first);
        assertThat(new Visitor(http).get(first).statusCode()).isEqualTo(404);
        assertThat(new Visitor(http).get(second).statusCode()).isEqualTo(200);

        // WHEN it is revoked
        assertThat(admin.submit("/admin/users", "/admin/invitations/" + id + "/revoke", Map.of()).statusCode())
                .isEqualTo(302);

        // THEN no link works
        assertThat(new Visitor(http).get(second).statusCode()).isEqualTo(404);
        assertThat(admin.get("/admin/users").body()).doesNotContain(email);
    }

    @Test
    void an_expired_link_says_so_and_the_administration_can_send_a_new_one() {
        String email = invited();
        String path = link(testMail.delivered(email).get(0).text()).group(1);
        jdbc.sql("update invitation set expires_at = now() - interval '1 minute' where email = :email")
                .param("email", email).update();

        HttpResponse<String> expired = new Visitor(http).get(path);

        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("Der Link ist abgelaufen");
        assertThat(loggedIn(fixtures.admin()).get("/admin/users").body()).contains("Der Link ist abgelaufen.");
    }

    @Test
    void an_english_invitation_is_written_in_english() {
        Visitor admin = loggedIn(fixtures.admin());
        Organization organization = fixtures.organization();
        String email = TestFixtures.unique("english") + "@example.org";

        admin.submit("/admin/invitations/new", "/admin/invitations", Map.of("email", email, "displayName", "Jane Doe",
                "role", "USER", "organizations", organization.id().toString(), "language", "en"));

        OutboxMail mail = testMail.delivered(email).get(0);
        assertThat(mail.subject()).isEqualTo("Your invitation to Offene Kommune");
        assertThat(link(mail.text()).group(3)).isEqualTo("en");
        assertThat(new Visitor(http).get(link(mail.text()).group(1) + "?lang=en").body()).contains("Set your password");
    }

    @Test
    void the_last_organization_of_an_organizer_cannot_be_removed_nor_can_someone_without_one_become_organizer() {
        // GIVEN
        Organization organization = fixtures.organization();
        TestUser organizer = fixtures.organizer(organization);
        TestUser moderator = fixtures.user(PlatformRole.MODERATOR);
        Visitor admin = loggedIn(fixtures.admin());

        // WHEN / THEN
        admin.submit("/admin/users/" + organizer.id(), "/admin/users/" + organizer.id() + "/memberships/"
                + organization.id() + "/remove", Map.of());
        assertThat(organizations.isMember(organizer.id(), organization.id())).isTrue();
        assertThat(admin.get("/admin/users/" + organizer.id()).body())
                .contains("Veranstaltende gehören immer zu mindestens einer Organisation");

        admin.submit("/admin/users/" + moderator.id(), "/admin/users/" + moderator.id() + "/access",
                Map.of("role", "USER", "enabled", "true"));
        assertThat(accounts.findById(moderator.id()).orElseThrow().role()).isEqualTo(PlatformRole.MODERATOR);
    }

    @Test
    void administrators_land_on_their_start_page_with_the_first_steps() {
        fixtures.organizer(fixtures.organization());
        Visitor admin = new Visitor(http);
        TestUser user = fixtures.admin();

        HttpResponse<String> login = admin.login(user.email(), user.password());

        assertThat(LoginTests.location(login)).endsWith("/admin");
        String start = admin.get("/admin").body();
        assertThat(Jsoup.parse(start).select("h1").text()).isEqualTo("Verwaltung: Erste Schritte");
        assertThat(Jsoup.parse(start).select(".ok-step h3").eachText()).startsWith(
                "Organisation anlegen (erledigt)", "Veranstaltende einladen (erledigt)", "Mailserver verbinden (erledigt)");
        assertThat(Jsoup.parse(start).select(".ok-step h3").eachText().get(3)).startsWith("Rechtliche Seiten schreiben");
        assertThat(start).as("no developer mailbox with a mail server").doesNotContain("/admin/mailbox");
    }

    private String invited() {
        Organization organization = fixtures.organization();
        String email = TestFixtures.unique("eingeladen") + "@example.org";
        assertThat(invite(loggedIn(fixtures.admin()), email, "Erika Mustermann", "USER", organization.id().toString())
                .statusCode()).isEqualTo(302);
        return email;
    }

    private Visitor loggedIn(TestUser user) {
        Visitor visitor = new Visitor(http);
        assertThat(visitor.login(user.email(), user.password()).statusCode()).isEqualTo(302);
        return visitor;
    }

    private static HttpResponse<String> invite(Visitor admin, String email, String name, String role, String organization) {
        return admin.submit("/admin/invitations/new", "/admin/invitations", Map.of("email", email, "displayName", name,
                "role", role, "organizations", organization, "language", "de"));
    }

    private static Matcher link(String text) {
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("invitation link in %s", text).isTrue();
        return matcher;
    }
}
