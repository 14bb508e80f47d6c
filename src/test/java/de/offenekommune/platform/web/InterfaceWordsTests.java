package de.offenekommune.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import de.offenekommune.IntegrationTest;

/** Words that cannot be mistaken for each other, counts in proper singular and plural, no needless marks. */
@IntegrationTest
class InterfaceWordsTests {

    private static final Locale DE = Locale.GERMAN;
    private static final Locale EN = Locale.ENGLISH;

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Test
    void logging_in_is_named_so_that_nobody_takes_it_for_registering_for_an_event() throws Exception {
        // WHEN
        Document german = page("/?lang=de");
        Document english = page("/?lang=en");

        // THEN
        assertThat(german.select("nav a[href=/login]").text()).isEqualTo("Login für Veranstaltende");
        assertThat(english.select("nav a[href=/login]").text()).isEqualTo("Organizer login");
        assertThat(german.select("header").text()).doesNotContainIgnoringCase("anmelden");
        Document login = page("/login?lang=de");
        assertThat(login.select("h1").text()).isEqualTo("Login für Veranstaltende");
        assertThat(login.select("main button[type=submit]").text()).isEqualTo("Einloggen");
        assertThat(messages.getMessage("layout.nav.logout", null, DE)).isEqualTo("Ausloggen");
    }

    @Test
    void search_filters_are_neither_required_nor_marked_optional() throws Exception {
        // WHEN
        Document list = page("/events");

        // THEN
        var filters = list.select("form[role=search]");
        assertThat(filters.select("input, select")).isNotEmpty();
        assertThat(filters.text()).doesNotContain("optional");
        assertThat(filters.select(".kern-label__optional")).isEmpty();
        assertThat(filters.select("[required]")).isEmpty();
    }

    @Test
    void counts_take_the_singular_for_one_and_the_plural_otherwise() {
        assertThat(text("registration.manage.count", DE, 1, 1)).isEqualTo("1 Anmeldung, 1 Person");
        assertThat(text("registration.manage.count", DE, 2, 3)).isEqualTo("2 Anmeldungen, 3 Personen");
        assertThat(text("registration.manage.count", DE, 0, 0)).isEqualTo("0 Anmeldungen, 0 Personen");
        assertThat(text("registration.manage.count", EN, 1, 1)).isEqualTo("1 registration, 1 person");
        assertThat(text("registration.manage.count", EN, 2, 3)).isEqualTo("2 registrations, 3 people");
        assertThat(text("registration.manage.found", DE, 1)).isEqualTo("1 Anmeldung gefunden");
        assertThat(text("registration.freePlaces", DE, 1, 1)).isEqualTo("Noch 1 von 1 Platz frei.");
        assertThat(text("registration.freePlaces", DE, 3, 40)).isEqualTo("Noch 3 von 40 Plätzen frei.");
        assertThat(text("registration.freePlaces", EN, 1, 1)).isEqualTo("1 of 1 place left.");
        assertThat(text("event.facts.capacity", DE, 1)).isEqualTo("ein Platz");
        assertThat(text("event.facts.capacity", DE, 40)).isEqualTo("40 Plätze");
        assertThat(text("registration.companionsMax", DE, 1)).isEqualTo("Sie können höchstens eine Begleitperson anmelden.");
        assertThat(text("registration.tooMany.text", DE, 1)).endsWith("in einer Minute erneut.");
        assertThat(text("comment.section.closedAfterEvent", DE, 30L))
                .isEqualTo("Die Diskussion wurde 30 Tage nach der Veranstaltung geschlossen.");
        assertThat(text("comment.section.closedAfterEvent", DE, 1L))
                .isEqualTo("Die Diskussion wurde einen Tag nach der Veranstaltung geschlossen.");
    }

    @Test
    void the_mailbox_is_named_for_what_people_see_there() {
        assertThat(text("mailbox.title", DE)).isEqualTo("Postfach (Testbetrieb)");
        assertThat(text("mailbox.title", EN)).isEqualTo("Mailbox (test mode)");
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
