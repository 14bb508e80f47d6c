package de.offenekommune.programme;

import static de.offenekommune.FormTokens.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.Organization;
import de.offenekommune.event.Event;
import de.offenekommune.event.Schedule;
import de.offenekommune.platform.Violations;

/**
 * Organizers change and remove rooms and speakers in the editor; what sessions still use is not removed but
 * named. Conflicts on events of several days name the day; long sessions fill their rows of the grid.
 */
@IntegrationTest
class ProgrammeEditingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    ProgrammeManagement management;
    @Autowired
    Programmes programmes;

    TestUser organizer;
    Event event;
    Room aula;
    Room workshopRoom;
    Speaker korte;

    @BeforeEach
    void the_reference_conference_with_a_keynote_in_the_aula() {
        Organization organization = fixtures.organization();
        organizer = fixtures.organizer(organization);
        event = fixtures.published(organizer, organization, EventDetailsBuilder.referenceEvent().build());
        aula = management.saveRoom(organizer.principal(), event.id(), null, "Aula", 300, true, new Violations());
        workshopRoom = management.saveRoom(organizer.principal(), event.id(), null, "Raum A 1.12", 30, false,
                new Violations());
        korte = management.saveSpeaker(organizer.principal(), event.id(), null, "Sabine Korte", "Moderation",
                "Initiative Offene Kommunen.NRW", null, true, new Violations());
        add(event, "Keynote", "2013-11-09T10:20", "2013-11-09T11:15", aula, List.of(korte));
    }

    @Test
    void the_editor_fills_the_room_form_and_saves_the_changed_room() throws Exception {
        Document form = page("?room=" + aula.id());
        assertThat(form.select("#room-form").text()).isEqualTo("Raum bearbeiten");
        assertThat(form.select("#roomName").attr("value")).isEqualTo("Aula");
        assertThat(form.select("#roomCapacity").attr("value")).isEqualTo("300");
        assertThat(form.select("#roomStepFree").hasAttr("checked")).isTrue();

        mvc.perform(post(base() + "/rooms/" + aula.id()).with(user(organizer.principal())).with(formToken(mvc))
                        .param("roomName", "Große Aula").param("roomCapacity", "280"))
                .andExpect(status().is3xxRedirection());

        assertThat(programmes.of(event.id()).rooms()).filteredOn(room -> room.id().equals(aula.id())).singleElement()
                .satisfies(room -> {
                    assertThat(room.name()).isEqualTo("Große Aula");
                    assertThat(room.capacity()).isEqualTo(280);
                    assertThat(room.stepFree()).isFalse();
                    assertThat(room.position()).isEqualTo(aula.position());
                });
    }

    @Test
    void renaming_a_room_to_the_name_of_another_is_refused_and_keeps_the_input() throws Exception {
        Document html = Jsoup.parse(mvc.perform(post(base() + "/rooms/" + workshopRoom.id())
                        .with(user(organizer.principal())).with(formToken(mvc))
                        .param("roomName", "aula").param("roomCapacity", "30").header("Accept-Language", "de"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());

        assertThat(html.select("#error-summary").text())
                .contains("Einen Raum mit diesem Namen gibt es bei dieser Veranstaltung schon.");
        assertThat(html.select("#roomName").attr("value")).isEqualTo("aula");
        assertThat(html.select("form:has(#roomName)").attr("action")).endsWith("/rooms/" + workshopRoom.id());
        assertThat(programmes.of(event.id()).rooms()).extracting(Room::name).containsExactly("Aula", "Raum A 1.12");
    }

    @Test
    void a_room_in_use_is_not_deleted_and_the_message_names_its_sessions() throws Exception {
        add(event, "Podium", "2013-11-09T16:30", "2013-11-09T17:15", aula, List.of());

        Document html = Jsoup.parse(mvc.perform(post(base() + "/rooms/" + aula.id() + "/delete")
                        .with(user(organizer.principal())).with(formToken(mvc)).header("Accept-Language", "de"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());

        assertThat(html.select("#error-summary").text()).contains(
                "Der Raum „Aula“ ist noch für 2 Programmpunkte eingeplant: „Keynote“, „Podium“.");
        assertThat(html.select("#error-summary a").attr("href")).isEqualTo("#room-delete-" + aula.id());
        assertThat(html.select("#room-delete-" + aula.id())).hasSize(1);
        assertThat(programmes.of(event.id()).rooms()).hasSize(2);
    }

    @Test
    void an_unused_room_and_speaker_are_deleted() throws Exception {
        Speaker unused = management.saveSpeaker(organizer.principal(), event.id(), null, "Peter Nowak", null, null,
                null, false, new Violations());

        mvc.perform(post(base() + "/rooms/" + workshopRoom.id() + "/delete").with(user(organizer.principal()))
                .with(formToken(mvc))).andExpect(status().is3xxRedirection());
        mvc.perform(post(base() + "/speakers/" + unused.id() + "/delete").with(user(organizer.principal()))
                .with(formToken(mvc))).andExpect(status().is3xxRedirection());

        Programme programme = programmes.of(event.id());
        assertThat(programme.rooms()).extracting(Room::name).containsExactly("Aula");
        assertThat(programme.speakers()).extracting(Speaker::name).containsExactly("Sabine Korte");
    }

    @Test
    void a_speaker_with_sessions_is_not_deleted_and_the_message_names_them() throws Exception {
        Document html = Jsoup.parse(mvc.perform(post(base() + "/speakers/" + korte.id() + "/delete")
                        .with(user(organizer.principal())).with(formToken(mvc)).header("Accept-Language", "de"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());

        assertThat(html.select("#error-summary").text())
                .contains("Sabine Korte wirkt noch bei einem Programmpunkt mit: „Keynote“.");
        assertThat(programmes.of(event.id()).speakers()).hasSize(1);
    }

    @Test
    void the_editor_changes_a_speaker_and_another_organizer_cannot() throws Exception {
        assertThat(page("?speaker=" + korte.id()).select("#speakerOrganization").attr("value"))
                .isEqualTo("Initiative Offene Kommunen.NRW");
        TestUser stranger = fixtures.organizer(fixtures.organization());

        mvc.perform(post(base() + "/speakers/" + korte.id()).with(user(stranger.principal())).with(formToken(mvc))
                .param("speakerName", "Fremd")).andExpect(status().isNotFound());
        mvc.perform(post(base() + "/speakers/" + korte.id()).with(user(organizer.principal())).with(formToken(mvc))
                        .param("speakerName", "Dr. Sabine Korte").param("speakerRole", "Moderation")
                        .param("speakerConsent", "true"))
                .andExpect(status().is3xxRedirection());

        assertThat(programmes.of(event.id()).speakers()).singleElement().satisfies(speaker -> {
            assertThat(speaker.name()).isEqualTo("Dr. Sabine Korte");
            assertThat(speaker.organization()).isNull();
            assertThat(speaker.consent()).isTrue();
        });
    }

    @Test
    void a_conflict_on_an_event_of_two_days_names_the_day_of_the_other_session() throws Exception {
        Organization organization = fixtures.organization();
        TestUser owner = fixtures.organizer(organization);
        Event twoDays = fixtures.published(owner, organization, EventDetailsBuilder.referenceEvent()
                .schedule(Schedule.timed(LocalDateTime.of(2013, 11, 8, 9, 0), LocalDateTime.of(2013, 11, 9, 17, 30),
                        Schedule.DEFAULT_ZONE)).build());
        Room saal = management.saveRoom(owner.principal(), twoDays.id(), null, "Saal", null, false, new Violations());
        management.saveSession(owner.principal(), twoDays.id(), null, new SessionDraft("Empfang", null, SessionKind.OTHER,
                LocalDateTime.parse("2013-11-08T18:00"), LocalDateTime.parse("2013-11-08T20:00"), saal.id(), "de",
                false, false, List.of(), null), new Violations());

        Document html = Jsoup.parse(mvc.perform(post("/manage/events/" + twoDays.id() + "/programme/sessions")
                        .with(user(owner.principal())).with(formToken(mvc)).header("Accept-Language", "de")
                        .param("title", "Stammtisch").param("kind", "OTHER").param("date", "2013-11-08")
                        .param("startTime", "19:00").param("endTime", "21:00").param("room", saal.id().toString())
                        .param("language", "de"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());

        assertThat(html.select("#error-summary").text())
                .contains("Im Raum „Saal“ findet zu dieser Zeit schon „Empfang“ statt (Fr., 8.11., 18:00–20:00 Uhr).");
        Document outside = Jsoup.parse(mvc.perform(post("/manage/events/" + twoDays.id() + "/programme/sessions")
                        .with(user(owner.principal())).with(formToken(mvc)).header("Accept-Language", "de")
                        .param("title", "Nachlese").param("kind", "OTHER").param("date", "2013-11-10")
                        .param("startTime", "10:00").param("endTime", "11:00").param("language", "de"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(outside.select("#error-summary").text()).contains(
                "Der Programmpunkt liegt außerhalb der Veranstaltung. Sie dauert von Fr., 8.11., 09:00 bis Sa., 9.11., 17:30 Uhr.");
    }

    @Test
    void a_long_session_fills_the_rows_of_the_sessions_beside_it() throws Exception {
        add(event, "Werkstatt lang", "2013-11-09T11:30", "2013-11-09T13:00", workshopRoom, List.of());
        add(event, "Kurzvortrag 1", "2013-11-09T11:30", "2013-11-09T12:00", aula, List.of());
        add(event, "Kurzvortrag 2", "2013-11-09T12:00", "2013-11-09T12:30", aula, List.of());
        add(event, "Mittagspause", "2013-11-09T13:00", "2013-11-09T14:00", null, List.of());

        Document page = Jsoup.parse(mvc.perform(get("/events/" + event.slug() + "/programme"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        var rows = page.select("table.ok-programme__table tbody tr");
        assertThat(rows).extracting(row -> row.select("th[scope=row]").text())
                .containsExactly("10:20 Uhr", "11:30 Uhr", "12:00 Uhr", "13:00 Uhr");
        assertThat(rows.get(1).select("td")).extracting(cell -> cell.attr("rowspan"), cell -> cell.select("h3").text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", "Kurzvortrag 1"),
                        org.assertj.core.groups.Tuple.tuple("2", "Werkstatt lang"));
        assertThat(rows.get(2).select("td")).as("the workshop's cell is taken by the row above")
                .singleElement().satisfies(cell -> assertThat(cell.text()).contains("Kurzvortrag 2"));
        assertThat(rows.get(3).select("td")).singleElement()
                .satisfies(cell -> assertThat(cell.attr("colspan")).isEqualTo("2"));
    }

    @Test
    void a_session_may_be_in_turkish_but_not_in_an_unknown_language() throws Exception {
        mvc.perform(post(base() + "/sessions").with(user(organizer.principal())).with(formToken(mvc))
                        .param("title", "Bürgerdialog auf Türkisch").param("kind", "TALK").param("date", "2013-11-09")
                        .param("startTime", "14:00").param("endTime", "15:00").param("language", "tr"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base() + "/sessions").with(user(organizer.principal())).with(formToken(mvc))
                        .param("title", "Unbekannt").param("kind", "TALK").param("date", "2013-11-09")
                        .param("startTime", "15:00").param("endTime", "16:00").param("language", "xx"))
                .andExpect(status().isUnprocessableContent());

        assertThat(page("").select("#language option")).extracting(option -> option.attr("value"))
                .startsWith("de").contains("en", "tr", "ar", "uk");
        Document programme = Jsoup.parse(mvc.perform(get("/events/" + event.slug() + "/programme")
                .header("Accept-Language", "de")).andReturn().getResponse().getContentAsString());
        assertThat(programme.select("article:contains(Bürgerdialog)").text()).contains("Sprache: Türkisch");
        assertThat(programme.select("article:contains(Bürgerdialog) h3 span").attr("lang")).isEqualTo("tr");
        assertThat(programmes.of(event.id()).sessions()).extracting(Session::title).doesNotContain("Unbekannt");
    }

    private Document page(String query) throws Exception {
        return Jsoup.parse(mvc.perform(get(base() + query).with(user(organizer.principal())).header("Accept-Language", "de"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String base() {
        return "/manage/events/" + event.id() + "/programme";
    }

    private Session add(Event target, String title, String from, String to, Room room, List<Speaker> speakers) {
        return management.saveSession(organizer.principal(), target.id(), null, new SessionDraft(title, null,
                SessionKind.TALK, LocalDateTime.parse(from), LocalDateTime.parse(to), room == null ? null : room.id(),
                "de", false, false, speakers.stream().map(Speaker::id).toList(), null), new Violations());
    }
}
