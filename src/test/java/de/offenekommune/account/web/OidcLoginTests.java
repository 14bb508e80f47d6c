package de.offenekommune.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.offenekommune.OidcProvider;
import de.offenekommune.OperatorLoginTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.TestHttp;
import de.offenekommune.Visitor;
import de.offenekommune.account.Organization;
import de.offenekommune.account.Organizations;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.account.UserAccount;
import de.offenekommune.account.UserAccounts;

/** The whole redirect flow against a real OpenID Connect provider, with a client that follows redirects and keeps cookies. */
@OperatorLoginTest
class OidcLoginTests {

    private static final HttpClient PROVIDER_BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    TestHttp http;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Organizations organizations;

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** Clicks the provider's button on the login page and follows the redirects there and back. */
    private HttpResponse<String> loginAtProvider(Visitor visitor) throws IOException, InterruptedException {
        String button = Jsoup.parse(visitor.get("/login").body()).select("#provider-login").attr("href");
        HttpResponse<String> toProvider = visitor.get(button);
        assertThat(toProvider.statusCode()).isEqualTo(302);
        assertThat(location(toProvider)).startsWith(OidcProvider.issuer() + "/authorize");
        HttpResponse<String> back = PROVIDER_BROWSER.send(HttpRequest.newBuilder(URI.create(location(toProvider))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(back.statusCode()).isEqualTo(302);
        URI callback = URI.create(location(back));
        assertThat(callback.toString()).startsWith(http.baseUrl() + "/login/oauth2/code/oidc");
        return visitor.get(callback.getRawPath() + "?" + callback.getRawQuery());
    }

    private static Map<String, Object> person(String email, String name, List<String> groups, List<String> organizations) {
        return Map.of("email", email, "email_verified", true, "name", name, "groups", groups, "organisationen", organizations);
    }

    @Test
    void a_new_person_gets_an_account_with_the_mapped_role_and_organization() throws Exception {
        // GIVEN a moderator of the provider's group who organizes for one organization
        Organization organization = fixtures.organization();
        String email = TestFixtures.unique("sso") + "@kommune.example";
        OidcProvider.nextLogin(UUID.randomUUID().toString(),
                person(email, "Petra Pfeiffer", List.of("ok-moderation", "andere-gruppe"), List.of(organization.slug(), "gibt-es-nicht")));

        // WHEN she logs in at the provider
        Visitor visitor = new Visitor(http);
        HttpResponse<String> login = loginAtProvider(visitor);

        // THEN she has an account with that role and organization, and no password of the platform
        assertThat(login.statusCode()).as(visitor.history().toString()).isEqualTo(302);
        assertThat(location(login)).endsWith("/manage/events");
        UserAccount account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.role()).isEqualTo(PlatformRole.MODERATOR);
        assertThat(account.displayName()).isEqualTo("Petra Pfeiffer");
        assertThat(account.passwordHash()).isNull();
        assertThat(organizations.findByMember(account.id())).extracting(Organization::id).containsExactly(organization.id());
        assertThat(visitor.get("/manage/events").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/moderation").statusCode()).as("rights of the mapped role").isEqualTo(200);
        String page = visitor.get("/account").body();
        assertThat(page).contains("Petra Pfeiffer").doesNotContain("Passwort ändern");
        assertThat(new Visitor(http).login(email, "").statusCode()).as("no password login").isEqualTo(401);
    }

    @Test
    void an_existing_account_is_linked_by_email_and_follows_the_provider_at_every_login() throws Exception {
        // GIVEN a local organizer of one organization
        Organization first = fixtures.organization();
        Organization second = fixtures.organization();
        TestUser organizer = fixtures.organizer(first);
        String subject = UUID.randomUUID().toString();

        // WHEN the provider says, at two logins, first the same organization, then an administrator of the second
        OidcProvider.nextLogin(subject, person(organizer.email(), "Olaf Ortmann", List.of(), List.of(first.slug())));
        assertThat(location(loginAtProvider(new Visitor(http)))).endsWith("/manage/events");
        OidcProvider.nextLogin(subject, person(organizer.email(), "Olaf Ortmann-Berg", List.of("ok-admins"), List.of(second.slug())));
        Visitor visitor = new Visitor(http);
        HttpResponse<String> login = loginAtProvider(visitor);

        // THEN the one account follows: name, role and organizations as the provider said last
        assertThat(location(login)).endsWith("/admin");
        UserAccount account = accounts.findById(organizer.id()).orElseThrow();
        assertThat(account.role()).isEqualTo(PlatformRole.ADMIN);
        assertThat(account.displayName()).isEqualTo("Olaf Ortmann-Berg");
        assertThat(organizations.findByMember(account.id())).extracting(Organization::id).containsExactly(second.id());
        assertThat(visitor.get("/admin").statusCode())
                .as("an administrator of the provider is not sent to the platform's own second factor").isEqualTo(200);
        assertThat(new Visitor(http).login(organizer.email(), organizer.password()).statusCode())
                .as("the local password still works").isEqualTo(302);
    }

    @Test
    void an_organizer_without_organization_is_refused_and_nothing_is_created() throws Exception {
        String email = TestFixtures.unique("ohne") + "@kommune.example";
        OidcProvider.nextLogin(UUID.randomUUID().toString(), person(email, "Nora Nieda", List.of(), List.of()));

        HttpResponse<String> login = loginAtProvider(new Visitor(http));

        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(Jsoup.parse(login.body()).select("#login-error").text()).contains("keiner Organisation");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void logging_out_ends_the_session_at_the_provider_too() throws Exception {
        Organization organization = fixtures.organization();
        OidcProvider.nextLogin(UUID.randomUUID().toString(),
                person(TestFixtures.unique("aus") + "@kommune.example", "Lea Lorenz", List.of(), List.of(organization.slug())));
        Visitor visitor = new Visitor(http);
        loginAtProvider(visitor);

        HttpResponse<String> logout = visitor.submit("/manage/events", "/logout", Map.of());

        assertThat(logout.statusCode()).isEqualTo(302);
        String target = URLDecoder.decode(location(logout), StandardCharsets.UTF_8);
        assertThat(target).startsWith(OidcProvider.issuer() + "/endsession?")
                .contains("id_token_hint=ey")
                .contains("post_logout_redirect_uri=" + http.baseUrl() + "/?logged-out");
        assertThat(visitor.get("/manage/events").statusCode()).isEqualTo(302);
    }

    @Test
    void the_login_page_offers_the_provider_and_passwords() {
        String page = new Visitor(http).get("/login").body();
        assertThat(Jsoup.parse(page).select("#provider-login").text()).isEqualTo("Mit " + OidcProvider.NAME + " einloggen");
        assertThat(Jsoup.parse(page).select("input#password")).hasSize(1);
    }
}
