package de.offenekommune.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.Organization;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventManagement;

/** Markup typed into any text field is shown as text on every page, never run. */
@IntegrationTest
class EventEscapingTests {

    static final String PAYLOAD = "<script>alert(1)</script>\"><svg onload=alert(1)>";
    private static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    EventManagement management;

    private TestUser organizer;
    private EventId id;

    @AfterEach
    void removeEvent() {
        if (id != null) {
            management.delete(organizer.principal(), id);
        }
    }

    static void assertShownAsText(String html, String page) {
        assertThat(html).as(page).doesNotContain("<script>alert(1)</script>").doesNotContain("<svg onload")
                .contains(ESCAPED_SCRIPT);
        Document document = Jsoup.parse(html);
        // structured data for search engines is JSON, not code; it must survive the payload as one element
        assertThat(document.select("script:not([type=application/ld+json]), svg, iframe, object, embed"))
                .as("active elements on %s", page).isEmpty();
        document.select("script[type=application/ld+json]").forEach(data -> assertThat(data.data()).as("structured data on %s", page)
                .startsWith("{").endsWith("}").doesNotContainIgnoringCase("</script"));
        for (Element element : document.getAllElements()) {
            element.attributes().forEach(attribute -> assertThat(attribute.getKey())
                    .as("attribute of <%s> on %s", element.tagName(), page).doesNotStartWithIgnoringCase("on"));
        }
        assertThat(document.text()).as(page).contains("<script>alert(1)</script>");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void markup_in_every_text_field_is_escaped_on_public_and_organizer_pages() throws Exception {
        // GIVEN an event running now, whose every text is markup, of an organization named like that too
        Organization organization = fixtures.organization(PAYLOAD, PAYLOAD);
        organizer = fixtures.organizer(organization);
        String slug = TestFixtures.unique("xss");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        EventFormInput input = EventFormInput.reference()
                .set("slug", slug)
                .set("startDate", today.minusDays(300).toString()).set("endDate", today.plusDays(1).toString())
                .set("title", PAYLOAD).set("summary", PAYLOAD).set("description", "# " + PAYLOAD + "\n\n" + PAYLOAD)
                .set("venueName", PAYLOAD).set("venueStreet", PAYLOAD).set("venueLocality", PAYLOAD)
                .set("venueDistrict", PAYLOAD).set("venueDirections", PAYLOAD).set("venueAccessibilityNotes", PAYLOAD)
                .set("municipalityName", PAYLOAD).set("audienceNote", PAYLOAD).set("easyReadSummary", PAYLOAD)
                .set("free", "false").set("priceText", PAYLOAD)
                // the address rule refuses angle brackets and double quotes; an apostrophe may still end an attribute
                .set("contactName", PAYLOAD).set("contactEmail", "x'onmouseover='alert`1`'@example.org")
                .set("linkLabel", PAYLOAD).set("linkUrl", "https://www.oknrw.de/programm");
        id = EventEditorTests.create(mvc, organizer, organization, input);
        EventEditorTests.publish(mvc, organizer, id);
        String manage = "/manage/events/" + id;

        // WHEN / THEN on the public pages
        assertShownAsText(html(get("/events/" + slug)), "event page");
        assertShownAsText(html(get("/")), "start page");
        assertShownAsText(html(get("/events")), "upcoming events");

        // AND on the organizer's pages
        for (String path : List.of("/manage/events", manage, manage + "/edit", manage + "/preview", manage + "/cancel")) {
            assertShownAsText(html(get(path).with(user(organizer.principal()))), path);
        }

        // AND after a cancellation with a reason in markup
        mvc.perform(post(manage + "/cancel").with(user(organizer.principal())).with(formToken(mvc)).param("note", PAYLOAD))
                .andExpect(status().isFound());
        String cancelled = html(get("/events/" + slug));
        assertShownAsText(cancelled, "cancelled event page");
        assertThat(Jsoup.parse(cancelled).select("[role=alert]").text()).contains(PAYLOAD);
    }

    @Test
    void the_editor_shows_refused_markup_as_text_in_its_fields() throws Exception {
        Organization organization = fixtures.organization();
        organizer = fixtures.organizer(organization);

        String html = mvc.perform(post("/manage/events/new").with(user(organizer.principal())).with(formToken(mvc))
                        .params(EventFormInput.reference().set("organizationId", organization.id().toString())
                                .set("title", PAYLOAD).set("summary", PAYLOAD).set("startDate", PAYLOAD)
                                .set("linkUrl", PAYLOAD).set("linkLabel", PAYLOAD).params()))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertShownAsText(html, "editor with errors");
        Document page = Jsoup.parse(html);
        assertThat(page.select("input#title").attr("value")).isEqualTo(PAYLOAD);
        assertThat(page.select("input#startDate").attr("value")).isEqualTo(PAYLOAD);
        assertThat(page.select("textarea#summary").text()).isEqualTo(PAYLOAD);
    }
}
