package de.offenekommune.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import de.offenekommune.IntegrationTest;

/** The start page announces the feeds of the upcoming events and offers the search. */
@IntegrationTest
class StartPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_start_page_announces_the_atom_and_icalendar_feeds_to_feed_readers_and_to_people() throws Exception {
        // WHEN
        Document page = startPage();

        // THEN
        assertThat(page.select("head link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/events.atom");
        assertThat(page.select("head link[rel=alternate][type=text/calendar]").attr("href")).isEqualTo("/events.ics");
        assertThat(page.select("main a[href=/events.atom]").text()).isEqualTo("Als Feed abonnieren (Atom)");
        assertThat(page.select("main a[href=/events.ics]").text()).isEqualTo("Im eigenen Kalender abonnieren (iCal)");
    }

    @Test
    void the_start_page_has_a_search_box_leading_to_the_event_search() throws Exception {
        // WHEN
        Document page = startPage();

        // THEN
        var form = page.select("main form[role=search]");
        assertThat(form.attr("action")).isEqualTo("/events");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.select("input[type=search]").attr("name")).isEqualTo("q");
        assertThat(form.select("input[name=q]").hasAttr("required")).isFalse();
        assertThat(form.select("label[for=q]").text()).isEqualTo("Suchbegriff");
        assertThat(form.select("button[type=submit]").text()).isEqualTo("Suchen");
    }

    private Document startPage() throws Exception {
        return Jsoup.parse(mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
