package de.offenekommune.event.web;

import static de.offenekommune.EventDetailsBuilder.FACEBOOK_URL;
import static de.offenekommune.EventDetailsBuilder.REFERENCE_AUDIENCE_NOTE;
import static de.offenekommune.EventDetailsBuilder.REFERENCE_TITLE;
import static de.offenekommune.EventDetailsBuilder.TWITTER_URL;
import static de.offenekommune.EventDetailsBuilder.referenceEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.Organization;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventStatus;
import de.offenekommune.event.Events;

/** The organizer enters the reference conference in the editor, publishes it, and everyone sees every fact. */
@IntegrationTest
class EventEditorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    Events events;

    /** Submits the editor's "new event" form and returns the id of the saved draft. */
    static EventId create(MockMvc mvc, TestUser user, Organization organization, EventFormInput input) throws Exception {
        String location = mvc.perform(post("/manage/events/new").with(user(user.principal())).with(formToken(mvc))
                        .params(input.set("organizationId", organization.id().toString()).params())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/manage/events/");
        return EventId.parse(location.substring("/manage/events/".length())).orElseThrow();
    }

    static void publish(MockMvc mvc, TestUser user, EventId id) throws Exception {
        mvc.perform(post("/manage/events/" + id + "/publish").with(user(user.principal())).with(formToken(mvc)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/manage/events/" + id))
                .andExpect(flash().attribute("notice", "manage.notice.published"));
    }

    static Document page(MockMvc mvc, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void an_organizer_saves_the_reference_conference_as_a_draft_with_every_fact() throws Exception {
        // GIVEN
        Organization organization = fixtures.organization();
        TestUser organizer = fixtures.organizer(organization);

        // WHEN
        EventId id = create(mvc, organizer, organization, EventFormInput.reference());

        // THEN
        Event saved = events.findById(id).orElseThrow();
        assertThat(saved.details()).isEqualTo(referenceEvent().build());
        assertThat(saved.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(saved.organizer()).isEqualTo(organization.id());
        assertThat(saved.slug()).startsWith("einladung-zur-tagung-offene-kommunen-nrw-schritte-in-die-praxis");
        assertThat(saved.descriptionHtml()).contains("<h3>Das Ziel</h3>");
    }

    @Test
    void the_published_reference_conference_shows_every_fact_to_everyone() throws Exception {
        // GIVEN the reference conference entered in the editor and published
        Organization organization = fixtures.organization("Initiative Offene Kommunen.NRW", "Von Bürgern für Bürger");
        TestUser organizer = fixtures.organizer(organization);
        String slug = TestFixtures.unique("oknrw-2013");
        EventId id = create(mvc, organizer, organization, EventFormInput.reference().set("slug", slug));
        publish(mvc, organizer, id);

        // WHEN anyone opens its page
        Document page = page(mvc, "/events/" + slug);

        // THEN
        assertThat(page.select("h1#event-title").text()).isEqualTo(REFERENCE_TITLE);
        assertThat(page.select(".kern-badge").eachText()).contains("Tagung", "Vergangen");
        assertThat(page.select("time").eachText()).contains("Samstag, 9. November 2013, 09:30–17:30 Uhr");
        assertThat(page.select("time").attr("datetime")).isEqualTo("2013-11-09T09:30:00+01:00");
        assertThat(page.select("address").text())
                .isEqualTo("Gesamtschule Barmen Unterdörnen 1 42283 Wuppertal-Barmen Nordrhein-Westfalen");
        assertThat(page.select("a[href^=https://www.openstreetmap.org/]")).singleElement().satisfies(map -> {
            assertThat(map.attr("href")).contains("mlat=51.266944").contains("mlon=7.207500");
            assertThat(map.text()).isEqualTo("Ort auf OpenStreetMap ansehen (externe Website)");
        });
        assertThat(page.select("iframe, embed, object, script:not([type=application/ld+json])")).as("no embedded maps or widgets")
                .isEmpty();
        assertThat(page.text()).contains("Wuppertal (Gemeindeschlüssel 05124000)")
                .contains("Teilnahme kostenfrei")
                .contains("Um Anmeldung wird gebeten")
                .contains("Vom Bahnhof Barmen zehn Minuten zu Fuß.")
                .contains("Stufenloser Zugang")
                .contains("Diese Veranstaltung hat bereits stattgefunden.");
        assertThat(page.select("section[aria-labelledby=audience] li").eachText()).containsExactly(
                "Bürgerinnen und Bürger", "Politikerinnen und Politiker, auch aus der Kommunalpolitik",
                "Mitarbeitende der Verwaltung", "Wissenschaft und Forschung", "Unternehmerinnen und Unternehmer",
                REFERENCE_AUDIENCE_NOTE);
        assertThat(page.select("a[href=https://www.oknrw.de]").text()).isEqualTo("www.oknrw.de");
        assertThat(page.select("dl.ok-facts a[rel~=nofollow]").eachAttr("href"))
                .containsSubsequence(FACEBOOK_URL, TWITTER_URL);
        assertThat(page.select("a[href=" + FACEBOOK_URL + "]").text()).isEqualTo("Veranstaltung auf Facebook");
        assertThat(page.select("a[href=" + TWITTER_URL + "]").text()).isEqualTo("@OKNRW auf Twitter");
        assertThat(page.select("section[aria-labelledby=about] h3").text()).isEqualTo("Das Ziel");
        assertThat(page.select("section[aria-labelledby=about] ul > li")).hasSize(3);
        assertThat(page.select("dl.ok-facts").text()).contains(organization.name()).contains("Von Bürgern für Bürger");
        assertThat(page.select("title").text()).startsWith(REFERENCE_TITLE);
    }

    @Test
    void the_new_event_form_fills_in_the_organizers_only_organization() throws Exception {
        Organization organization = fixtures.organization();
        TestUser organizer = fixtures.organizer(organization);

        Document page = Jsoup.parse(mvc.perform(get("/manage/events/new").with(user(organizer.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("input[type=hidden][name=organizationId]").attr("value"))
                .isEqualTo(organization.id().toString());
        assertThat(page.select("select#timeZone option[selected]").attr("value")).isEqualTo("Europe/Berlin");
    }

    @Test
    void an_organizer_of_several_organizations_chooses_one_of_them_only() throws Exception {
        Organization first = fixtures.organization();
        Organization second = fixtures.organization();
        fixtures.organization();
        TestUser organizer = fixtures.organizer(first, second);

        Document page = Jsoup.parse(mvc.perform(get("/manage/events/new").with(user(organizer.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("select#organizationId option").eachAttr("value"))
                .containsExactlyInAnyOrder("", first.id().toString(), second.id().toString());
    }

    @Test
    void saving_the_edit_form_unchanged_changes_no_fact_and_tells_no_calendar() throws Exception {
        // GIVEN a published event
        Organization organization = fixtures.organization();
        TestUser organizer = fixtures.organizer(organization);
        EventId id = create(mvc, organizer, organization, EventFormInput.reference().set("registrationCapacity", "120")
                .set("registrationDeadlineDate", "07.11.2013").set("contactEmail", "info@oknrw.de"));
        publish(mvc, organizer, id);
        Event before = events.findById(id).orElseThrow();

        // WHEN the organizer opens the editor and saves without touching anything
        String editor = mvc.perform(get("/manage/events/" + id + "/edit").with(user(organizer.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/manage/events/" + id + "/edit").with(user(organizer.principal())).with(formToken(mvc))
                        .params(BrowserForm.fields(editor, "form.ok-form")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/manage/events/" + id))
                .andExpect(flash().attribute("notice", "manage.notice.saved"));

        // THEN
        Event after = events.findById(id).orElseThrow();
        assertThat(after.details()).isEqualTo(before.details());
        assertThat(after.slug()).isEqualTo(before.slug());
        assertThat(after.sequence()).isEqualTo(before.sequence());
        assertThat(after.version()).isEqualTo(before.version() + 1);
    }

    @Test
    void a_second_organizer_saving_an_outdated_form_is_told_and_overwrites_nothing() throws Exception {
        // GIVEN two organizers who opened the same event
        Organization organization = fixtures.organization();
        TestUser first = fixtures.organizer(organization);
        TestUser second = fixtures.organizer(organization);
        EventId id = create(mvc, first, organization, EventFormInput.reference());
        String path = "/manage/events/" + id + "/edit";
        String firstForm = mvc.perform(get(path).with(user(first.principal()))).andReturn().getResponse().getContentAsString();
        String secondForm = mvc.perform(get(path).with(user(second.principal()))).andReturn().getResponse().getContentAsString();

        // WHEN both save, the first one first
        var firstFields = BrowserForm.fields(firstForm, "form.ok-form");
        firstFields.set("title", "Tagung mit neuem Titel");
        mvc.perform(post(path).with(user(first.principal())).with(formToken(mvc)).params(firstFields))
                .andExpect(status().isFound());
        var secondFields = BrowserForm.fields(secondForm, "form.ok-form");
        secondFields.set("title", "Tagung mit anderem Titel");
        String answer = mvc.perform(post(path).with(user(second.principal())).with(formToken(mvc)).params(secondFields))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        // THEN
        Document page = Jsoup.parse(answer);
        assertThat(page.select("#error-summary").text())
                .contains("Die Veranstaltung wurde inzwischen von jemand anderem geändert.");
        assertThat(page.select("input#title").attr("value")).isEqualTo("Tagung mit anderem Titel");
        assertThat(events.findById(id).orElseThrow().details().title()).isEqualTo("Tagung mit neuem Titel");
    }
}
