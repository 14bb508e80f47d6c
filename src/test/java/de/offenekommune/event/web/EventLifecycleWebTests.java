package de.offenekommune.event.web;

import static de.offenekommune.EventDetailsBuilder.referenceEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
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
import de.offenekommune.event.Event;
import de.offenekommune.event.EventStatus;
import de.offenekommune.event.Events;

/** Publishing, postponing, cancelling and deleting from the organizer's pages, and what the public then sees. */
@IntegrationTest
class EventLifecycleWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    Events events;

    @Autowired
    TestHttp http;

    private Organization organization;
    private TestUser organizer;

    @BeforeEach
    void anOrganizer() {
        organization = fixtures.organization();
        organizer = fixtures.organizer(organization);
    }

    private Document publicPage(Event event) throws Exception {
        return EventEditorTests.page(mvc, "/events/" + event.slug());
    }

    private EventStatus statusOf(Event event) {
        return fixtures.reload(event).status();
    }

    @Test
    void a_draft_does_not_exist_for_the_public_until_it_is_published() throws Exception {
        Event draft = fixtures.draft(organizer, organization, referenceEvent().build());

        mvc.perform(get("/events/" + draft.slug()).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());

        EventEditorTests.publish(mvc, organizer, draft.id());
        assertThat(publicPage(draft).select("h1").text()).isEqualTo(referenceEvent().build().title());
    }

    @Test
    void the_preview_shows_a_draft_to_its_organizer_marked_as_such() throws Exception {
        Event draft = fixtures.draft(organizer, organization, referenceEvent().build());

        Document preview = Jsoup.parse(mvc.perform(get("/manage/events/" + draft.id() + "/preview")
                .with(user(organizer.principal()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(preview.select(".kern-alert--info .kern-title").eachText()).contains("Vorschau");
        assertThat(preview.select(".kern-badge").eachText()).contains("Entwurf");
    }

    @Test
    void a_cancelled_event_stays_visible_with_a_banner_and_its_reason() throws Exception {
        // GIVEN
        Event event = fixtures.published(organizer, organization, referenceEvent().build());

        // WHEN
        mvc.perform(post("/manage/events/" + event.id() + "/cancel").with(user(organizer.principal())).with(formToken(mvc))
                        .param("note", "Die Schule ist wegen eines Wasserschadens geschlossen."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/manage/events/" + event.id()))
                .andExpect(flash().attribute("notice", "manage.notice.cancelled"));

        // THEN
        Document page = publicPage(event);
        assertThat(page.select(".kern-badge").eachText()).contains("Abgesagt");
        assertThat(page.select("[role=alert]").text()).contains("Diese Veranstaltung wurde abgesagt.")
                .contains("Die Schule ist wegen eines Wasserschadens geschlossen.");
        assertThat(statusOf(event)).isEqualTo(EventStatus.CANCELLED);
    }

    @Test
    void cancelling_needs_a_reason() throws Exception {
        Event event = fixtures.published(organizer, organization, referenceEvent().build());

        String html = mvc.perform(post("/manage/events/" + event.id() + "/cancel").with(user(organizer.principal()))
                        .with(formToken(mvc)).param("note", "  \n "))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(html).select("#note-error").text()).isEqualTo("Bitte füllen Sie dieses Feld aus.");
        assertThat(statusOf(event)).isEqualTo(EventStatus.PUBLISHED);
    }

    @Test
    void cancelling_a_draft_is_refused_with_a_hint_to_delete_it() throws Exception {
        Event draft = fixtures.draft(organizer, organization, referenceEvent().build());

        mvc.perform(post("/manage/events/" + draft.id() + "/cancel").with(user(organizer.principal())).with(formToken(mvc))
                        .param("note", "Doch nicht."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/manage/events"))
                .andExpect(flash().attribute("problem", "manage.notice.notAllowed.cancel"));

        assertThat(statusOf(draft)).isEqualTo(EventStatus.DRAFT);
        assertThat(fixtures.reload(draft).statusNote()).isNull();
    }

    @Test
    void a_refusal_is_explained_on_the_next_page() {
        // GIVEN a logged-in organizer with a draft, in a real browser session (the message travels in the session)
        Event draft = fixtures.draft(organizer, organization, referenceEvent().build());
        Visitor browser = new Visitor(http);
        browser.login(organizer.email(), organizer.password());

        // WHEN they try to postpone the draft
        var refused = browser.submit("/manage/events/" + draft.id() + "/postpone",
                "/manage/events/" + draft.id() + "/postpone", Map.of("note", "Später."));

        // THEN the list of their events explains why nothing happened
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/manage/events"));
        Document list = Jsoup.parse(browser.get("/manage/events").body());
        assertThat(list.select("[role=alert]").text()).isEqualTo("Nur veröffentlichte Veranstaltungen können verschoben werden.");
        assertThat(statusOf(draft)).isEqualTo(EventStatus.DRAFT);
    }

    @Test
    void a_postponed_event_is_marked_and_can_be_published_again() throws Exception {
        Event event = fixtures.published(organizer, organization, referenceEvent().build());

        mvc.perform(post("/manage/events/" + event.id() + "/postpone").with(user(organizer.principal())).with(formToken(mvc))
                .param("note", "Neuer Termin im Frühjahr.")).andExpect(status().isFound());
        Document postponed = publicPage(event);
        assertThat(postponed.select(".kern-badge").eachText()).contains("Verschoben");
        assertThat(postponed.select("[role=alert]").text()).contains("Neuer Termin im Frühjahr.");

        EventEditorTests.publish(mvc, organizer, event.id());
        assertThat(publicPage(event).select(".kern-badge").eachText()).doesNotContain("Verschoben");
        assertThat(fixtures.reload(event).sequence()).isEqualTo(2);
    }

    @Test
    void a_deleted_event_is_gone_for_everyone() throws Exception {
        Event event = fixtures.published(organizer, organization, referenceEvent().build());

        mvc.perform(post("/manage/events/" + event.id() + "/delete").with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/manage/events"))
                .andExpect(flash().attribute("notice", "manage.notice.deleted"));

        assertThat(events.findById(event.id())).isEmpty();
        mvc.perform(get("/events/" + event.slug()).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        mvc.perform(get("/manage/events/" + event.id()).with(user(organizer.principal()))).andExpect(status().isNotFound());
    }

    @Test
    void the_overview_offers_the_actions_the_status_allows() throws Exception {
        Event draft = fixtures.draft(organizer, organization, referenceEvent().build());
        Event published = fixtures.published(organizer, organization, referenceEvent().build());

        Document draftPage = Jsoup.parse(mvc.perform(get("/manage/events/" + draft.id()).with(user(organizer.principal())))
                .andReturn().getResponse().getContentAsString());
        Document publishedPage = Jsoup.parse(mvc.perform(get("/manage/events/" + published.id())
                .with(user(organizer.principal()))).andReturn().getResponse().getContentAsString());

        assertThat(draftPage.select("form[action$=/publish]")).hasSize(1);
        assertThat(draftPage.select("a[href$=/cancel], a[href$=/postpone]")).isEmpty();
        assertThat(publishedPage.select("form[action$=/publish]")).isEmpty();
        assertThat(publishedPage.select("a[href$=/cancel], a[href$=/postpone]")).hasSize(2);
        assertThat(publishedPage.select("a[href=/events/" + published.slug() + "]")).hasSize(1);
    }
}
