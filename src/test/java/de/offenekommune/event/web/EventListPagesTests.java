package de.offenekommune.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;

import de.offenekommune.TestFixtures;
import de.offenekommune.IntegrationTest;
import de.offenekommune.TestHttp;
import de.offenekommune.account.Organization;
import de.offenekommune.account.Organizations;
import de.offenekommune.event.Event;
import de.offenekommune.event.Events;
import de.offenekommune.event.Municipality;
import de.offenekommune.event.TestEvents;
import de.offenekommune.event.Topic;

/** The listing, archive, calendar and directory pages as a browser without JavaScript gets them. */
@IntegrationTest
class EventListPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestHttp http;
    @Autowired
    Events events;
    @Autowired
    TestFixtures testFixtures;
    @Autowired
    Organizations organizations;
    @Autowired
    PlatformTransactionManager transactions;

    TestEvents fixtures;
    Organization organizer;

    @BeforeEach
    void organizer() {
        fixtures = new TestEvents(events, testFixtures, transactions);
        organizer = fixtures.organization("Nachbarschaftsforum Ostviertel");
    }

    @Test
    void filters_are_a_shareable_address_and_the_form_shows_them_again() throws Exception {
        fixtures.event(organizer).title("Klimacafé im Quartier").topics(Set.of(Topic.CLIMATE)).save();
        fixtures.event(organizer).title("Radverkehr im Quartier").topics(Set.of(Topic.MOBILITY)).save();

        Document page = html("/events?organizer=" + organizer.slug() + "&topic=CLIMATE&q=Quartier");

        assertThat(page.select(".ok-event-card h2").eachText()).containsExactly("Klimacafé im Quartier");
        assertThat(page.select("#result-count").text()).isEqualTo("Eine Veranstaltung");
        assertThat(page.select("input#q").val()).isEqualTo("Quartier");
        assertThat(page.select("input[name=topic][value=CLIMATE]").hasAttr("checked")).isTrue();
        assertThat(page.select("input[type=hidden][name=organizer]").val()).isEqualTo(organizer.slug());
        assertThat(page.select("h1").text()).isEqualTo("Suchergebnisse für „Quartier“");
        // Each active filter can be removed on its own, keeping the others.
        assertThat(page.select(".ok-chip").eachAttr("href"))
                .contains("/events?organizer=" + organizer.slug() + "&topic=CLIMATE", "/events?q=Quartier&organizer=" + organizer.slug());
        assertThat(page.select("link[type=text/calendar]").attr("href"))
                .isEqualTo("/events.ics?q=Quartier&organizer=" + organizer.slug() + "&topic=CLIMATE");
    }

    @Test
    void bad_input_shows_the_form_again_with_friendly_messages_and_status_400() throws Exception {
        MvcResult result = mvc.perform(get("/events")
                        .param("q", "x".repeat(10_000))
                        .param("from", "2026-12-24").param("to", "2026-12-01")
                        .param("topic", "'; drop table event; --")
                        .param("page", "-1"))
                .andExpect(status().isBadRequest()).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());

        assertThat(page.select("#error-summary li").eachText()).contains(
                "Der Suchbegriff ist zu lang. Bitte verwenden Sie höchstens 200 Zeichen.",
                "Das Enddatum liegt vor dem Anfangsdatum. Bitte tauschen Sie die beiden Daten.",
                "Dieser Wert ist unbekannt. Bitte wählen Sie einen der angebotenen Werte.");
        assertThat(page.select("#error-summary li").eachText()).anyMatch(text -> text.startsWith("Diese Seite gibt es nicht."));
        assertThat(page.select("input#from").val()).isEqualTo("2026-12-24");
        assertThat(page.select("input#to").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select(".ok-event-list")).isEmpty();
    }

    @Test
    void query_strings_that_are_not_utf8_get_a_400_page_not_an_error() {
        HttpResponse<String> page = http.get("/events?q=%FF%FE", "text/html");
        HttpResponse<String> latin1 = http.get("/events?q=Caf%E9", "text/html");
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/v1/events?q=%C3%28"))
                .header("Accept-Language", "en").GET().build());

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Die Anfrage ist ungültig");
        assertThat(latin1.statusCode()).isEqualTo(400);
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("cannot be read as UTF-8");
    }

    @Test
    void the_archive_has_the_same_filters_and_the_latest_first() throws Exception {
        fixtures.event(organizer).title("Frühjahr").at(LocalDateTime.of(2024, 3, 1, 18, 0), LocalDateTime.of(2024, 3, 1, 20, 0))
                .topics(Set.of(Topic.CULTURE)).save();
        fixtures.event(organizer).title("Herbst").at(LocalDateTime.of(2024, 10, 1, 18, 0), LocalDateTime.of(2024, 10, 1, 20, 0))
                .topics(Set.of(Topic.CULTURE)).save();
        fixtures.event(organizer).title("Sommer ohne Kultur").at(LocalDateTime.of(2024, 7, 1, 18, 0), LocalDateTime.of(2024, 7, 1, 20, 0))
                .save();

        Document page = html("/events/archive?organizer=" + organizer.slug() + "&topic=CULTURE");

        assertThat(page.select(".ok-event-card h2").eachText()).containsExactly("Herbst", "Frühjahr");
        assertThat(page.select(".ok-event-card .kern-preline").eachText()).allMatch(text -> text.contains("Vergangen"));
        assertThat(page.select("h1 + p").text()).isEqualTo("Veranstaltungen, die bereits stattgefunden haben, die jüngsten zuerst.");
    }

    @Test
    void a_search_by_relevance_says_that_the_best_matches_come_first_not_the_latest() throws Exception {
        fixtures.event(organizer).title("Herbst im Quartier").at(LocalDateTime.of(2024, 10, 1, 18, 0),
                LocalDateTime.of(2024, 10, 1, 20, 0)).save();

        Document page = html("/events/archive?q=Quartier&sort=relevance&organizer=" + organizer.slug());

        assertThat(page.select(".ok-event-card h2").eachText()).containsExactly("Herbst im Quartier");
        assertThat(page.select("h1 + p").text()).isEqualTo("Die am besten passenden Veranstaltungen zuerst.");
        assertThat(page.select("meta[name=description]").attr("content"))
                .isEqualTo("Die am besten passenden Veranstaltungen zuerst.");
    }

    @Test
    void the_month_calendar_is_a_table_with_links_and_a_way_to_the_rest_of_a_busy_day() throws Exception {
        LocalDate day = LocalDate.now().plusMonths(2).withDayOfMonth(10);
        for (int hour = 8; hour < 13; hour++) {
            fixtures.event(organizer).title("Sprechstunde " + hour).at(day.atTime(hour, 0), day.atTime(hour, 45)).save();
        }
        fixtures.event(organizer).title("Festwoche").at(day.plusDays(1).atTime(10, 0), day.plusDays(3).atTime(18, 0)).save();
        String month = YearMonth.from(day).toString();

        Document page = html("/events/calendar?month=" + month + "&organizer=" + organizer.slug());

        assertThat(page.select("table.ok-calendar caption").text()).isNotBlank();
        assertThat(page.select("table.ok-calendar thead th[scope=col]")).hasSize(7);
        var cell = page.select("td:has(time[datetime=" + day + "])").first();
        assertThat(cell.select("ul a").eachText()).containsExactly("Sprechstunde 8", "Sprechstunde 9", "Sprechstunde 10");
        assertThat(cell.select("a.ok-calendar__more").text()).isEqualTo("2 weitere");
        assertThat(cell.select("a.ok-calendar__more").attr("href"))
                .isEqualTo("/events?from=" + day + "&to=" + day + "&organizer=" + organizer.slug());
        for (int i = 1; i <= 3; i++) {
            assertThat(page.select("td:has(time[datetime=" + day.plusDays(i) + "]) ul a").eachText()).containsExactly("Festwoche");
        }
        assertThat(page.select("a[rel=next]").attr("href"))
                .isEqualTo("/events/calendar?month=" + YearMonth.from(day).plusMonths(1) + "&organizer=" + organizer.slug());
        mvc.perform(get("/events/calendar").param("month", "2026-13")).andExpect(status().isBadRequest());
    }

    @Test
    void municipality_and_organizer_pages_list_their_upcoming_events_and_feeds() throws Exception {
        Event event = fixtures.event(organizer).title("Bürgersprechstunde Velbert")
                .municipality(new Municipality("Velbert", "05158032")).save();

        Document municipality = html("/municipalities/05158032");
        Document organization = html("/organizations/" + organizer.slug());

        assertThat(municipality.select("h1").text()).isEqualTo("Veranstaltungen in Velbert");
        assertThat(municipality.select(".ok-event-card a").eachAttr("href")).contains("/events/" + event.slug());
        assertThat(municipality.select("link[type=application/atom+xml]").attr("href")).isEqualTo("/events.atom?municipality=05158032");
        assertThat(organization.select("h1").text()).isEqualTo("Veranstaltungen von Nachbarschaftsforum Ostviertel");
        assertThat(organization.select(".ok-event-card a").eachAttr("href")).contains("/events/" + event.slug());
        assertThat(html("/municipalities").select("a[href=/municipalities/05158032]").text()).isEqualTo("Velbert");
        mvc.perform(get("/municipalities/99999999")).andExpect(status().isNotFound());
        mvc.perform(get("/municipalities/abc")).andExpect(status().isNotFound());
        mvc.perform(get("/organizations/nobody-" + organizer.slug())).andExpect(status().isNotFound());
    }

    @Test
    void public_pages_are_cacheable_answer_304_and_change_right_after_an_edit() throws Exception {
        String url = "/events?organizer=" + organizer.slug();
        MvcResult first = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
        String etag = first.getResponse().getHeader("ETag");

        assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("public, max-age=0, must-revalidate");
        assertThat(first.getResponse().getHeader("Vary")).contains("Accept-Language").contains("Cookie");
        assertThat(first.getResponse().getHeader("Last-Modified")).isNotNull();
        mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified());

        fixtures.event(organizer).title("Gerade veröffentlicht").save();

        MvcResult after = mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isOk()).andReturn();
        assertThat(after.getResponse().getContentAsString()).contains("Gerade veröffentlicht");
        assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(etag);
    }

    @Test
    void pages_for_signed_in_people_and_pages_that_set_cookies_are_never_shared() {
        HttpResponse<String> languageChoice = http.get("/events?lang=en", "text/html");

        assertThat(languageChoice.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("ok_lang="));
        assertThat(languageChoice.headers().firstValue("Cache-Control")).hasValue("private, no-store");
    }

    private Document html(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
