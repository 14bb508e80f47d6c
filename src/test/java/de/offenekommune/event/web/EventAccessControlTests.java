package de.offenekommune.event.web;

import static de.offenekommune.EventDetailsBuilder.referenceEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.TestHttp;
import de.offenekommune.Visitor;
import de.offenekommune.account.Organization;
import de.offenekommune.account.Organizations;
import de.offenekommune.event.Event;

/**
 * An organizer of organization A and the events of organization B: for A they do not exist, whatever A
 * tries, and B's events stay as they were.
 */
@IntegrationTest
class EventAccessControlTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    Organizations organizations;

    @Autowired
    TestHttp http;

    private TestUser organizerOfA;
    private Organization b;
    private TestUser organizerOfB;
    private Event publishedOfB;
    private Event draftOfB;

    @BeforeEach
    void twoOrganizations() {
        organizerOfA = fixtures.organizer(fixtures.organization());
        b = fixtures.organization();
        organizerOfB = fixtures.organizer(b);
        publishedOfB = fixtures.published(organizerOfB, b, referenceEvent().build());
        draftOfB = fixtures.draft(organizerOfB, b, referenceEvent().build());
    }

    private void assertUnchanged(Event before) {
        Event now = fixtures.reload(before);
        assertThat(now.details()).isEqualTo(before.details());
        assertThat(now.status()).isEqualTo(before.status());
        assertThat(now.statusNote()).isEqualTo(before.statusNote());
        assertThat(now.slug()).isEqualTo(before.slug());
        assertThat(now.version()).isEqualTo(before.version());
        assertThat(now.sequence()).isEqualTo(before.sequence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/edit", "/preview", "/cancel", "/postpone", "/delete"})
    void another_organizations_event_cannot_be_seen(String page) throws Exception {
        for (Event event : new Event[] {publishedOfB, draftOfB}) {
            mvc.perform(get("/manage/events/" + event.id() + page).with(user(organizerOfA.principal()))
                            .accept(MediaType.TEXT_HTML))
                    .andExpect(status().isNotFound());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/edit", "/publish", "/cancel", "/postpone", "/delete"})
    void another_organizations_event_cannot_be_changed(String action) throws Exception {
        for (Event event : new Event[] {publishedOfB, draftOfB}) {
            mvc.perform(post("/manage/events/" + event.id() + action).with(user(organizerOfA.principal())).with(formToken(mvc))
                            .params(EventFormInput.reference().set("title", "Übernommen!").set("version", "0")
                                    .set("organizationId", b.id().toString()).params())
                            .param("note", "Abgesagt von Fremden."))
                    .andExpect(status().isNotFound());

            assertUnchanged(event);
        }
    }

    @Test
    void the_same_requests_work_for_the_organizer_of_b() throws Exception {
        mvc.perform(get("/manage/events/" + draftOfB.id() + "/edit").with(user(organizerOfB.principal())))
                .andExpect(status().isOk());
        mvc.perform(post("/manage/events/" + publishedOfB.id() + "/cancel").with(user(organizerOfB.principal()))
                .with(formToken(mvc)).param("note", "Abgesagt.")).andExpect(status().isFound());

        assertThat(fixtures.reload(publishedOfB).statusNote()).isEqualTo("Abgesagt.");
    }

    @Test
    void administrators_manage_every_organizations_events() throws Exception {
        TestUser admin = fixtures.admin();

        mvc.perform(get("/manage/events/" + draftOfB.id() + "/edit").with(user(admin.principal())))
                .andExpect(status().isOk());
    }

    @Test
    void the_list_of_my_events_shows_only_my_organizations_events() throws Exception {
        Organization a = organizations.findByMember(organizerOfA.id()).get(0);
        Event mine = fixtures.draft(organizerOfA, a, referenceEvent().title("Mein Entwurf").build());

        String html = mvc.perform(get("/manage/events").with(user(organizerOfA.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(html).select("table a").eachAttr("href")).containsExactly("/manage/events/" + mine.id());
    }

    @Test
    void unknown_and_malformed_event_ids_are_not_found_either() throws Exception {
        mvc.perform(get("/manage/events/" + java.util.UUID.randomUUID()).with(user(organizerOfA.principal())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/manage/events/kein-uuid/edit").with(user(organizerOfA.principal())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/manage/events/kein-uuid/delete").with(user(organizerOfA.principal())).with(formToken(mvc)))
                .andExpect(status().isNotFound());
    }

    @Test
    void leaving_an_organization_ends_the_access_at_once() throws Exception {
        organizations.removeMember(b.id(), organizerOfB.id());

        mvc.perform(get("/manage/events/" + draftOfB.id()).with(user(organizerOfB.principal())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/manage/events/" + draftOfB.id() + "/delete").with(user(organizerOfB.principal())).with(formToken(mvc)))
                .andExpect(status().isNotFound());
        assertUnchanged(draftOfB);
    }

    @Test
    void a_real_browser_gets_the_friendly_not_found_page() {
        Visitor browser = new Visitor(http);
        browser.login(organizerOfA.email(), organizerOfA.password());

        HttpResponse<String> response = browser.get("/manage/events/" + draftOfB.id() + "/edit");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Seite nicht gefunden");
        assertThat(response.body()).doesNotContain(draftOfB.details().title()).doesNotContain("Exception");
    }
}
