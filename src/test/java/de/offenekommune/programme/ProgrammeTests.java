package de.offenekommune.programme;

import static de.offenekommune.FormTokens.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.IntegrationTest;
import de.offenekommune.TestClock;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.Organization;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** The timetable stored, checked, shown and handed out as calendar files, on the reference conference. */
@IntegrationTest
class ProgrammeTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    ProgrammeManagement management;
    @Autowired
    Programmes programmes;
    @Autowired
    TestClock clock;

    TestUser organizer;
    Event event;
    Room aula;
    Room workshopRoom;
    Speaker keynoteSpeaker;
    Speaker withoutConsent;
    Session keynote;

    @BeforeEach
    void the_reference_conference_with_a_keynote() {
        Organization organization = fixtures.organization();
        organizer = fixtures.organizer(organization);
        event = fixtures.published(organizer, organization, EventDetailsBuilder.referenceEvent().build());
        aula = management.saveRoom(organizer.principal(), event.id(), null, "Aula", 300, true, new Violations());
        workshopRoom = management.saveRoom(organizer.principal(), event.id(), null, "Raum A 1.12", 30, false,
                new Violations());
        keynoteSpeaker = management.saveSpeaker(organizer.principal(), event.id(), null, "Martin Feldhaus",
                "Verwaltungswissenschaftler", "Hochschule", null, true, new Violations());
        withoutConsent = management.saveSpeaker(organizer.principal(), event.id(), null, "Peter Nowak", null, null,
                null, false, new Violations());
        keynote = add("Keynote: Offene Kommune", "10:20", "11:15", aula, List.of(keynoteSpeaker, withoutConsent));
    }

    @AfterEach
    void real_time_again() {
        clock.reset();
    }

    @Test
    void stores_sessions_with_room_and_speakers_in_time_order() {
        Session welcome = add("Begrüßung", "10:00", "10:20", aula, List.of());

        Programme programme = programmes.of(event.id());

        assertThat(programme.sessions()).extracting(Session::title).containsExactly("Begrüßung", "Keynote: Offene Kommune");
        assertThat(programme.session(keynote.id())).get().satisfies(stored -> {
            assertThat(stored.room()).isEqualTo(aula.id());
            assertThat(stored.speakers()).containsExactly(keynoteSpeaker.id(), withoutConsent.id());
            assertThat(stored.start()).isEqualTo(LocalDateTime.of(2013, 11, 9, 10, 20).atZone(BERLIN).toInstant());
        });
        assertThat(programme.publicSpeakers(programme.session(keynote.id()).orElseThrow()))
                .extracting(Speaker::name).containsExactly("Martin Feldhaus");
        assertThat(welcome.id()).isNotEqualTo(keynote.id());
    }

    @Test
    void a_conflict_saves_nothing_and_names_the_other_session() {
        assertThatThrownBy(() -> add("Podium", "11:00", "12:00", aula, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().list())
                        .extracting(Violations.Violation::code).containsExactly("programme.conflict.room"));

        assertThat(programmes.of(event.id()).sessions()).extracting(Session::title)
                .containsExactly("Keynote: Offene Kommune");
    }

    @Test
    void another_organizer_cannot_change_the_programme() {
        TestUser stranger = fixtures.organizer(fixtures.organization());

        assertThatThrownBy(() -> management.saveRoom(stranger.principal(), event.id(), null, "Keller", null, false,
                new Violations())).isInstanceOf(EventNotFoundException.class);
        assertThat(programmes.of(event.id()).rooms()).hasSize(2);
    }

    @Test
    void the_editor_refuses_a_speaker_in_two_places_with_a_german_message_and_keeps_the_input() throws Exception {
        String page = mvc.perform(post("/manage/events/" + event.id() + "/programme/sessions")
                        .with(user(organizer.principal())).with(formToken(mvc))
                        .param("title", "Werkstatt Offene Daten")
                        .param("kind", "WORKSHOP")
                        .param("date", "2013-11-09")
                        .param("startTime", "11:00")
                        .param("endTime", "12:30")
                        .param("room", workshopRoom.id().toString())
                        .param("speakers", keynoteSpeaker.id().toString())
                        .param("language", "de")
                        .param("description", "Womit fangen wir an?")
                        .header("Accept-Language", "de"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        Document html = Jsoup.parse(page);
        assertThat(html.select("#error-summary").text()).contains(
                "Martin Feldhaus wirkt zu dieser Zeit schon bei „Keynote: Offene Kommune“ mit (10:20–11:15 Uhr)");
        assertThat(html.select("#title").attr("value")).isEqualTo("Werkstatt Offene Daten");
        assertThat(html.select("#startTime").attr("value")).isEqualTo("11:00");
        assertThat(html.select("#description").text()).isEqualTo("Womit fangen wir an?");
        assertThat(html.select("#room option[selected]").attr("value")).isEqualTo(workshopRoom.id().toString());
        assertThat(html.select("input[name=speakers][checked]").attr("value")).isEqualTo(keynoteSpeaker.id().toString());
        assertThat(programmes.of(event.id()).sessions()).hasSize(1);
    }

    @Test
    void the_editor_adds_a_session_through_the_form() throws Exception {
        mvc.perform(post("/manage/events/" + event.id() + "/programme/sessions")
                        .with(user(organizer.principal())).with(formToken(mvc))
                        .param("title", "Mittagspause").param("kind", "BREAK").param("date", "2013-11-09")
                        .param("startTime", "13:00").param("endTime", "14:00").param("room", "").param("language", "de"))
                .andExpect(status().is3xxRedirection());

        assertThat(programmes.of(event.id()).sessions()).extracting(Session::title, Session::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("Mittagspause", SessionKind.BREAK));
    }

    @Test
    void the_programme_page_shows_a_table_with_rooms_as_columns_and_what_runs_now_and_next() throws Exception {
        add("Werkstatt 1", "11:30", "13:00", workshopRoom, List.of());
        clock.set(LocalDateTime.of(2013, 11, 9, 10, 30).atZone(BERLIN).toInstant());

        Document page = Jsoup.parse(mvc.perform(get("/events/" + event.slug() + "/programme"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("table.ok-programme__table thead th[scope=col]")).extracting(e -> e.ownText())
                .containsExactly("Uhrzeit", "Aula", "Raum A 1.12");
        assertThat(page.select("tbody th[scope=row]")).extracting(e -> e.text()).containsExactly("10:20 Uhr", "11:30 Uhr");
        assertThat(page.select("#" + keynote.anchor() + " h3").text()).isEqualTo("Keynote: Offene Kommune");
        assertThat(page.select("#" + keynote.anchor()).text()).contains("Martin Feldhaus").doesNotContain("Peter Nowak");
        assertThat(page.select(".ok-programme__live dd").get(0).text()).contains("Keynote: Offene Kommune");
        assertThat(page.select(".ok-programme__live dd").get(1).text()).contains("Werkstatt 1", "11:30 Uhr");

        clock.set(LocalDateTime.of(2013, 11, 10, 10, 0).atZone(BERLIN).toInstant());
        Document after = Jsoup.parse(mvc.perform(get("/events/" + event.slug() + "/programme"))
                .andReturn().getResponse().getContentAsString());
        assertThat(after.select(".ok-programme__live")).as("no live box after the event").isEmpty();
    }

    @Test
    void the_event_page_carries_the_programme_and_sub_events_in_its_json_ld() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/events/" + event.slug()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#programme #" + keynote.anchor())).hasSize(1);
        String jsonLd = page.select("script[type=application/ld+json]").html();
        assertThat(jsonLd).contains("\"subEvent\"", "Keynote: Offene Kommune", "2013-11-09T10:20:00+01:00",
                "Martin Feldhaus").doesNotContain("Peter Nowak");
    }

    @Test
    void the_whole_programme_and_each_session_parse_back_as_icalendar() throws Exception {
        Session workshop = add("Werkstatt 1", "11:30", "13:00", workshopRoom, List.of());

        String whole = mvc.perform(get("/events/" + event.slug() + "/programme.ics"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")))
                .andReturn().getResponse().getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(whole));
        List<VEvent> sessions = calendar.getComponents(Component.VEVENT);
        assertThat(sessions).extracting(vevent -> vevent.getSummary().getValue())
                .containsExactly("Keynote: Offene Kommune", "Werkstatt 1");
        VEvent first = sessions.get(0);
        assertThat(first.getUid().orElseThrow().getValue()).startsWith(keynote.id().toString());
        assertThat(java.time.Instant.from(first.getDateTimeStart().getDate())).isEqualTo(keynote.start());
        assertThat(java.time.Instant.from(first.getDateTimeEnd().getDate())).isEqualTo(keynote.end());
        assertThat(first.getDateTimeStart().getParameter(net.fortuna.ical4j.model.Parameter.TZID).orElseThrow().getValue())
                .as("local time in the event's zone").isEqualTo("Europe/Berlin");
        assertThat(first.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Aula, Gesamtschule Barmen");
        assertThat(first.getProperty(Property.URL).orElseThrow().getValue()).endsWith("/programme#" + keynote.anchor());

        String single = mvc.perform(get("/events/" + event.slug() + "/programme/" + workshop.id() + ".ics"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<VEvent> one = new CalendarBuilder().build(new StringReader(single)).getComponents(Component.VEVENT);
        assertThat(one).singleElement().satisfies(vevent -> assertThat(vevent.getSummary().getValue()).isEqualTo("Werkstatt 1"));
    }

    @Test
    void the_open_data_export_lists_the_sessions_of_each_event() throws Exception {
        String json = mvc.perform(get("/open-data/events.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        List<String> sessions = com.jayway.jsonpath.JsonPath.read(json,
                "$.events[?(@.id == '" + event.id() + "')].sessions[*]");
        assertThat(sessions).containsExactly(
                "2013-11-09T10:20:00+01:00/2013-11-09T11:15:00+01:00 Keynote: Offene Kommune");
        List<String> calendars = com.jayway.jsonpath.JsonPath.read(json,
                "$.events[?(@.id == '" + event.id() + "')].programme_ical_url");
        assertThat(calendars).singleElement().asString().endsWith("/events/" + event.slug() + "/programme.ics");
    }

    @Test
    void a_draft_has_no_public_programme() throws Exception {
        Organization organization = fixtures.organization();
        TestUser owner = fixtures.organizer(organization);
        Event draft = fixtures.draft(owner, organization, EventDetailsBuilder.referenceEvent().build());

        mvc.perform(get("/events/" + draft.slug() + "/programme")).andExpect(status().isNotFound());
        mvc.perform(get("/events/" + draft.slug() + "/programme.ics")).andExpect(status().isNotFound());
    }

    private Session add(String title, String from, String to, Room room, List<Speaker> speakers) {
        return management.saveSession(organizer.principal(), event.id(), null, new SessionDraft(title, null,
                SessionKind.TALK, LocalDateTime.parse("2013-11-09T" + from), LocalDateTime.parse("2013-11-09T" + to),
                room == null ? null : room.id(), "de", false, false, speakers.stream().map(Speaker::id).toList(), null),
                new Violations());
    }
}
