package de.offenekommune.event.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;

import com.jayway.jsonpath.JsonPath;

import de.offenekommune.TestFixtures;
import de.offenekommune.IntegrationTest;
import de.offenekommune.account.Organization;
import de.offenekommune.event.Event;
import de.offenekommune.event.Events;
import de.offenekommune.event.TestEvents;
import de.offenekommune.event.Topic;

/** The public events API with the listing's filters, paging, conditional requests and CORS. */
@IntegrationTest
class EventApiSearchTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Events events;
    @Autowired
    TestFixtures testFixtures;
    @Autowired
    PlatformTransactionManager transactions;

    TestEvents fixtures;
    Organization organizer;

    @BeforeEach
    void organizer() {
        fixtures = new TestEvents(events, testFixtures, transactions);
        organizer = fixtures.organization("Werkstatt Bürgerbeteiligung");
    }

    @Test
    void filters_and_search_are_those_of_the_listing_with_links_to_further_pages() throws Exception {
        for (int i = 1; i <= 3; i++) {
            fixtures.event(organizer).title("Beteiligungswerkstatt " + i).topics(Set.of(Topic.PARTICIPATION))
                    .at(java.time.LocalDateTime.now().plusDays(10 + i), java.time.LocalDateTime.now().plusDays(10 + i).plusHours(2))
                    .save();
        }
        fixtures.event(organizer).title("Anderes Thema").save();

        MvcResult result = mvc.perform(get("/api/v1/events").param("organizer", organizer.slug())
                        .param("q", "Beteiligungswerkstätten").param("topic", "participation").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items[0].title").value("Beteiligungswerkstatt 1"))
                .andExpect(jsonPath("$.items[1].title").value("Beteiligungswerkstatt 2"))
                .andReturn();
        String next = JsonPath.read(result.getResponse().getContentAsString(), "$.next");

        assertThat(next).startsWith("http://localhost:8080/api/v1/events?").contains("page=2").contains("size=2")
                .contains("topic=PARTICIPATION");
        assertThat(result.getResponse().getHeader("Link")).contains("rel=\"next\"");
        mvc.perform(get(java.net.URI.create(next.replace("http://localhost:8080", ""))))
                .andExpect(jsonPath("$.items[0].title").value("Beteiligungswerkstatt 3"))
                .andExpect(jsonPath("$.previous").isNotEmpty());
    }

    @Test
    void every_bad_parameter_is_a_400_problem_naming_it() throws Exception {
        mvc.perform(get("/api/v1/events")
                        .param("type", "PARTY").param("from", "2026-02-30").param("when", "yesterday")
                        .param("municipality", "1 OR 1=1").param("sort", "starts_at; drop table event")
                        .param("scope", "everything").param("size", "-5").param("q", "x".repeat(10_000)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("type", "from", "when", "municipality", "sort",
                        "scope", "size", "q")));
        mvc.perform(get("/api/v1/events").param("page", "999999999999")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/events").param("page", "1000").param("size", "100"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/events").param("from", "0001-01-01")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/events").param("organizer", "does-not-exist")).andExpect(status().isBadRequest());
    }

    @Test
    void reading_is_conditional_and_a_change_shows_at_once() throws Exception {
        Event event = fixtures.event(organizer).title("Vorher").save();
        String url = "/api/v1/events?organizer=" + organizer.slug();
        MvcResult list = mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "public, max-age=0, must-revalidate")).andReturn();
        MvcResult one = mvc.perform(get("/api/v1/events/" + event.id())).andExpect(status().isOk()).andReturn();

        mvc.perform(get(url).header("If-None-Match", list.getResponse().getHeader("ETag"))).andExpect(status().isNotModified());
        mvc.perform(get("/api/v1/events/" + event.id()).header("If-None-Match", one.getResponse().getHeader("ETag")))
                .andExpect(status().isNotModified());

        fixtures.event(organizer).title("Nachher").save();

        mvc.perform(get(url).header("If-None-Match", list.getResponse().getHeader("ETag")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(2));
    }

    @Test
    void other_websites_may_read_but_not_write_with_javascript() throws Exception {
        mvc.perform(get("/api/v1/events").header("Origin", "https://www.wuppertal.de"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().string("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("ETag")));
        mvc.perform(options("/api/v1/events").header("Origin", "https://www.wuppertal.de")
                        .header("Access-Control-Request-Method", "GET")
                        .header("Access-Control-Request-Headers", "If-None-Match"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("GET")));
        mvc.perform(options("/api/v1/events").header("Origin", "https://evil.example")
                        .header("Access-Control-Request-Method", "POST"))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_openapi_document_lists_the_filters() throws Exception {
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/events'].get.parameters[*].name")
                        .value(hasItems("q", "scope", "when", "from", "to", "municipality", "district", "state", "organizer",
                                "type", "topic", "audience", "accessibility", "attendance", "free", "registration", "sort",
                                "page", "size")));
    }
}
