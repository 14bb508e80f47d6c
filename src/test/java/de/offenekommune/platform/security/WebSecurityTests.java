package de.offenekommune.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static de.offenekommune.FormTokens.formToken;
import static de.offenekommune.FormTokens.forgedToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.TestHttp;
import de.offenekommune.account.Organization;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.event.Events;

@IntegrationTest
class WebSecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestHttp http;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    Events events;

    @ParameterizedTest
    @ValueSource(strings = {"/manage/events", "/manage/events/new", "/manage/events/00000000-0000-0000-0000-000000000000/edit",
            "/account", "/admin"})
    void anonymous_visitors_are_sent_to_the_login(String path) throws Exception {
        mvc.perform(get(path).accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void an_anonymous_form_post_is_sent_to_the_login_and_saves_nothing() throws Exception {
        Organization organization = fixtures.organization();

        mvc.perform(post("/manage/events/new").with(formToken(mvc)).param("organizationId", organization.id().toString())
                        .param("title", "Anonym"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));

        assertThat(events.findByOrganizers(Set.of(organization.id()))).isEmpty();
    }

    @Test
    void saving_an_event_without_the_form_token_is_forbidden() throws Exception {
        Organization organization = fixtures.organization();
        TestUser organizer = fixtures.organizer(organization);

        mvc.perform(post("/manage/events/new").with(user(organizer.principal()))
                        .param("organizationId", organization.id().toString()).param("title", "Ohne Token"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/manage/events/new").with(user(organizer.principal())).with(forgedToken(mvc))
                        .param("organizationId", organization.id().toString()).param("title", "Falsches Token"))
                .andExpect(status().isForbidden());

        assertThat(events.findByOrganizers(Set.of(organization.id()))).isEmpty();
    }

    @Test
    void a_forged_cross_site_post_gets_the_friendly_forbidden_page() {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/manage/events/new"))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("title=Fremd"))
                .build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Kein Zugriff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"USER", "MODERATOR"})
    void only_administrators_enter_the_administration(String role) throws Exception {
        TestUser someone = fixtures.user(PlatformRole.valueOf(role), fixtures.organization());

        mvc.perform(get("/admin").with(user(someone.principal()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user(someone.principal()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").with(user(someone.principal())).with(formToken(mvc))).andExpect(status().isForbidden());
    }

    @Test
    void administrators_pass_the_administration_check() throws Exception {
        TestUser admin = fixtures.admin();

        // whether the page exists or not, an administrator is neither refused nor sent to the login
        mvc.perform(get("/admin/users").with(user(admin.principal())).accept(MediaType.TEXT_HTML))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(302, 401, 403));
    }

    @Test
    void organizer_pages_are_never_cached() throws Exception {
        TestUser organizer = fixtures.organizer(fixtures.organization());

        mvc.perform(get("/manage/events").with(user(organizer.principal())))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    }

    @Test
    void the_api_refuses_an_unknown_token_instead_of_answering_anonymously() {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/v1/events"))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer okt_" + UUID.randomUUID().toString().replace("-", "") + "0123456789a")
                .GET().build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
        assertThat(response.body()).contains("\"status\":401").doesNotContain("okt_");
    }

    @Test
    void the_api_needs_a_token_for_anything_but_reading() {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/v1/events"))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }
}
