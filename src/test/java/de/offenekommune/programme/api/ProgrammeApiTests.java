package de.offenekommune.programme.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.internal.ApiTokens;
import de.offenekommune.account.Organization;
import de.offenekommune.event.Event;

/** Reading and writing the programme through /api/v1 with personal API tokens. */
@IntegrationTest
class ProgrammeApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    ApiTokens tokens;

    Event event;
    String token;
    String strangerToken;

    @BeforeEach
    void the_reference_conference_and_an_organizer_with_a_token() {
        Organization organization = fixtures.organization();
        TestUser organizer = fixtures.organizer(organization);
        event = fixtures.published(organizer, organization, EventDetailsBuilder.referenceEvent().build());
        token = tokens.issue(organizer.id(), "test");
        strangerToken = tokens.issue(fixtures.organizer(fixtures.organization()).id(), "test");
    }

    @Test
    void an_organizer_builds_the_programme_and_everyone_reads_it() throws Exception {
        String room = id(send(post(base() + "/rooms"), token, """
                {"name":"Aula","capacity":300,"stepFree":true}""").andExpect(status().isCreated()));
        String speaker = id(send(post(base() + "/speakers"), token, """
                {"name":"Martin Feldhaus","organization":"Hochschule","consent":true}""").andExpect(status().isCreated()));
        String hidden = id(send(post(base() + "/speakers"), token, """
                {"name":"Peter Nowak","consent":false}""").andExpect(status().isCreated()));

        send(post(base() + "/sessions"), token, """
                {"title":"Keynote","kind":"TALK","startsAt":"2013-11-09T10:20","endsAt":"2013-11-09T11:15",
                 "roomId":"%s","speakerIds":["%s","%s"],"signLanguage":true}""".formatted(room, speaker, hidden))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.startsAt").value("2013-11-09T10:20:00+01:00"))
                .andExpect(jsonPath("$.url").value(org.hamcrest.Matchers.containsString("/events/" + event.slug() + "/programme#session-")));

        mvc.perform(get(base() + "/programme"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rooms[0].name").value("Aula"))
                .andExpect(jsonPath("$.sessions", hasSize(1)))
                .andExpect(jsonPath("$.sessions[0].kind").value("TALK"))
                .andExpect(jsonPath("$.sessions[0].signLanguage").value(true))
                .andExpect(jsonPath("$.sessions[0].speakerIds", hasSize(1)))
                .andExpect(jsonPath("$.speakers[*].name", hasItem("Martin Feldhaus")))
                .andExpect(jsonPath("$.speakers", hasSize(1)));
        mvc.perform(get(base() + "/programme").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.speakers", hasSize(2)));
    }

    @Test
    void a_conflict_is_a_problem_with_a_german_message_and_saves_nothing() throws Exception {
        String room = id(send(post(base() + "/rooms"), token, """
                {"name":"Aula"}""").andExpect(status().isCreated()));
        send(post(base() + "/sessions"), token, """
                {"title":"Keynote","kind":"TALK","startsAt":"2013-11-09T10:20","endsAt":"2013-11-09T11:15","roomId":"%s"}"""
                .formatted(room)).andExpect(status().isCreated());

        send(post(base() + "/sessions").header("Accept-Language", "de"), token, """
                {"title":"Podium","kind":"PANEL","startsAt":"2013-11-09T11:00","endsAt":"2013-11-09T18:00","roomId":"%s"}"""
                .formatted(room))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].code", hasItem("programme.conflict.room")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("programme.conflict.outsideEvent")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(
                        "Im Raum „Aula“ findet zu dieser Zeit schon „Keynote“ statt (10:20–11:15 Uhr). Bitte wählen Sie einen anderen Raum oder eine andere Zeit.")));

        mvc.perform(get(base() + "/programme")).andExpect(jsonPath("$.sessions", hasSize(1)));
    }

    @Test
    void sessions_are_replaced_and_removed_only_by_the_event_organizers() throws Exception {
        String session = id(send(post(base() + "/sessions"), token, """
                {"title":"Begrüßung","kind":"OTHER","startsAt":"2013-11-09T10:00","endsAt":"2013-11-09T10:20"}""")
                .andExpect(status().isCreated()));
        String replacement = """
                {"title":"Begrüßung und Ablauf","kind":"OTHER","startsAt":"2013-11-09T10:00","endsAt":"2013-11-09T10:30"}""";

        send(put(base() + "/sessions/" + session), strangerToken, replacement).andExpect(status().isNotFound());
        send(post(base() + "/sessions"), null, replacement).andExpect(status().isUnauthorized());
        send(put(base() + "/sessions/" + session), token, replacement)
                .andExpect(status().isOk()).andExpect(jsonPath("$.endsAt").value("2013-11-09T10:30:00+01:00"));
        send(delete(base() + "/sessions/" + session), strangerToken, null).andExpect(status().isNotFound());
        send(delete(base() + "/sessions/" + session), token, null).andExpect(status().isNoContent());

        mvc.perform(get(base() + "/programme")).andExpect(jsonPath("$.sessions", hasSize(0)));
    }

    @Test
    void rooms_and_speakers_are_changed_and_removed_unless_a_session_uses_them() throws Exception {
        String room = id(send(post(base() + "/rooms"), token, """
                {"name":"Aula"}""").andExpect(status().isCreated()));
        String speaker = id(send(post(base() + "/speakers"), token, """
                {"name":"Martin Feldhaus","consent":true}""").andExpect(status().isCreated()));
        send(post(base() + "/sessions"), token, """
                {"title":"Keynote","kind":"TALK","startsAt":"2013-11-09T10:20","endsAt":"2013-11-09T11:15",
                 "roomId":"%s","speakerIds":["%s"]}""".formatted(room, speaker)).andExpect(status().isCreated());

        send(put(base() + "/rooms/" + room), strangerToken, """
                {"name":"Keller"}""").andExpect(status().isNotFound());
        send(put(base() + "/rooms/" + room), token, """
                {"name":"Große Aula","capacity":280,"stepFree":true}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Große Aula"))
                .andExpect(jsonPath("$.capacity").value(280));
        send(put(base() + "/speakers/" + speaker), token, """
                {"name":"Prof. Martin Feldhaus","organization":"Hochschule","consent":true}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Prof. Martin Feldhaus"));
        send(delete(base() + "/rooms/" + room).header("Accept-Language", "de"), token, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].code").value("programme.room.inUse"))
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString(
                        "Der Raum „Große Aula“ ist noch für einen Programmpunkt eingeplant: „Keynote“.")));
        send(delete(base() + "/speakers/" + speaker), token, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("programme.speaker.inUse"));

        mvc.perform(get(base() + "/programme"))
                .andExpect(jsonPath("$.rooms[0].name").value("Große Aula"))
                .andExpect(jsonPath("$.speakers[0].name").value("Prof. Martin Feldhaus"));
        String session = JsonPath.read(mvc.perform(get(base() + "/programme")).andReturn().getResponse()
                .getContentAsString(), "$.sessions[0].id");
        send(delete(base() + "/sessions/" + session), token, null).andExpect(status().isNoContent());
        send(delete(base() + "/rooms/" + room), strangerToken, null).andExpect(status().isNotFound());
        send(delete(base() + "/rooms/" + room), token, null).andExpect(status().isNoContent());
        send(delete(base() + "/speakers/" + speaker), token, null).andExpect(status().isNoContent());
        mvc.perform(get(base() + "/programme"))
                .andExpect(jsonPath("$.rooms", hasSize(0))).andExpect(jsonPath("$.speakers", hasSize(0)));
    }

    @Test
    void the_openapi_document_describes_the_programme() throws Exception {
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/events/{id}/programme'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/events/{id}/sessions'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/events/{id}/sessions/{session}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/events/{id}/rooms/{room}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/events/{id}/rooms/{room}'].delete").exists())
                .andExpect(jsonPath("$.paths['/api/v1/events/{id}/speakers/{speaker}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/events/{id}/speakers/{speaker}'].delete").exists());
    }

    private String base() {
        return "/api/v1/events/" + event.id();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String bearer, String json) throws Exception {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    private static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }
}
