package de.offenekommune.event.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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

import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.IntegrationTest;
import de.offenekommune.account.internal.ApiTokens;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.account.Organizations;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.account.UserId;
import de.offenekommune.event.EventId;
import de.offenekommune.event.Events;

@IntegrationTest
class EventApiTests {

    @Autowired
    TestFixtures testFixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Events events;

    String tokenOfA;
    String tokenOfB;
    OrganizationId organizationA;

    @BeforeEach
    void two_organizations_with_one_organizer_each() {
        organizationA = organization();
        tokenOfA = organizerWithToken(organizationA);
        tokenOfB = organizerWithToken(organization());
    }

    @Test
    void organizer_creates_the_reference_event_as_draft_and_publishes_it() throws Exception {
        // WHEN
        String location = send(post("/api/v1/events"), tokenOfA, referenceEvent())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost:8080/api/v1/events/")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.startsAt").value("2013-11-09T09:30:00+01:00"))
                .andExpect(jsonPath("$.venue.locality").value("Wuppertal"))
                .andExpect(jsonPath("$.municipality.state").value("NORDRHEIN_WESTFALEN"))
                .andExpect(jsonPath("$.websiteUrl").value("https://www.oknrw.de"))
                .andExpect(jsonPath("$.registration.mode").value("REQUESTED"))
                .andExpect(jsonPath("$.descriptionHtml").value(org.hamcrest.Matchers.containsString("<h3>Das Ziel</h3>")))
                .andReturn().getResponse().getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        // THEN the draft is invisible to the public and to other organizers
        mvc.perform(get("/api/v1/events/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/" + id).header("Authorization", "Bearer " + tokenOfB))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/" + id).header("Authorization", "Bearer " + tokenOfA))
                .andExpect(status().isOk());

        // WHEN published THEN everyone reads it, with the URL of its page
        send(post("/api/v1/events/" + id + "/publish"), tokenOfA, null).andExpect(status().isOk());
        mvc.perform(get("/api/v1/events/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.url").value(startsWith("http://localhost:8080/events/einladung-zur-tagung")))
                .andExpect(jsonPath("$.links[1].label").value("@OKNRW auf Twitter"));
    }

    @Test
    void invalid_input_is_answered_with_every_problem_and_its_field() throws Exception {
        send(post("/api/v1/events"), tokenOfA, """
                {"type":"PARTY","title":"","summary":"x","startsAt":"2027-05-02T18:00","endsAt":"2027-05-01T18:00",
                 "timeZone":"Mars/Olympus","attendanceMode":"IN_PERSON","websiteUrl":"javascript:alert(1)",
                 "venue":{"name":"Rathaus","street":"Markt 1","postalCode":"123","locality":"Wuppertal"},
                 "municipality":{"name":"Wuppertal","ags":"99124000"}}
                """)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("type")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("timeZone")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("websiteUrl")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("venue.postalCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("municipality.ags")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("event.endBeforeStart")));
        assertThat(events.findByOrganizers(java.util.List.of(organizationA))).isEmpty();
    }

    @Test
    void messages_follow_accept_language() throws Exception {
        mvc.perform(post("/api/v1/events").header("Authorization", "Bearer " + tokenOfA)
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message", hasItem("Please fill in this field.")));
    }

    @Test
    void another_organizations_event_cannot_be_changed_and_stays_unchanged() throws Exception {
        String id = createdBy(tokenOfA);
        send(post("/api/v1/events/" + id + "/publish"), tokenOfA, null).andExpect(status().isOk());

        send(put("/api/v1/events/" + id), tokenOfB, referenceEvent().replace("Schritte in die Praxis", "gekapert"))
                .andExpect(status().isNotFound());
        send(post("/api/v1/events/" + id + "/cancel"), tokenOfB, "{\"reason\":\"weg\"}").andExpect(status().isNotFound());
        send(delete("/api/v1/events/" + id), tokenOfB, null).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/events/" + id))
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.title").value("Einladung zur Tagung: Offene Kommunen.NRW – Schritte in die Praxis"));
    }

    @Test
    void a_stale_version_in_if_match_is_refused_and_a_current_one_accepted() throws Exception {
        String id = createdBy(tokenOfA);
        send(put("/api/v1/events/" + id).header("If-Match", "\"0\""), tokenOfA, referenceEvent())
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        send(put("/api/v1/events/" + id).header("If-Match", "\"0\""), tokenOfA,
                referenceEvent().replace("Schritte in die Praxis", "überschrieben"))
                .andExpect(status().isPreconditionFailed());
        assertThat(events.findById(EventId.parse(id).orElseThrow()).orElseThrow().details().title())
                .endsWith("Schritte in die Praxis");
    }

    @Test
    void state_changes_that_the_status_does_not_allow_are_conflicts() throws Exception {
        String id = createdBy(tokenOfA);
        send(post("/api/v1/events/" + id + "/cancel"), tokenOfA, "{\"reason\":\"Krankheit\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("http://localhost:8080/api#problem-state"));
        send(post("/api/v1/events/" + id + "/publish"), tokenOfA, null).andExpect(status().isOk());
        send(post("/api/v1/events/" + id + "/cancel"), tokenOfA, "{\"reason\":\"\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        send(post("/api/v1/events/" + id + "/cancel"), tokenOfA, "{\"reason\":\"Krankheit\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.statusNote").value("Krankheit"))
                .andExpect(jsonPath("$.sequence").value(1));
    }

    @Test
    void writing_needs_a_valid_token_and_revoked_tokens_stop_working() throws Exception {
        mvc.perform(post("/api/v1/events").contentType(MediaType.APPLICATION_JSON).content(referenceEvent()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        send(post("/api/v1/events"), "okt_" + "x".repeat(43), referenceEvent()).andExpect(status().isUnauthorized());

        UserId owner = accounts.findByEmail(emailOf(tokenOfA)).orElseThrow().id();
        tokens.findActive(owner).forEach(token -> tokens.revoke(owner, token.id()));
        send(post("/api/v1/events"), tokenOfA, referenceEvent()).andExpect(status().isUnauthorized());
    }

    @Test
    void malformed_bodies_and_ids_get_clear_problems() throws Exception {
        send(post("/api/v1/events"), tokenOfA, "{not json").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("http://localhost:8080/api#problem-malformed"));
        mvc.perform(get("/api/v1/events/not-a-uuid")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events").param("size", "1000")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/events").param("page", "x")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/events").header("Authorization", "Bearer " + tokenOfA)
                        .contentType(MediaType.TEXT_PLAIN).content("hallo"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void markup_in_fields_is_data_not_html() throws Exception {
        String id = JsonPath.read(send(post("/api/v1/events"), tokenOfA, referenceEvent()
                        .replace("Schritte in die Praxis", "<script>alert(1)</script>")
                        .replace("Absatz eins.", "<img src=x onerror=alert(1)> [klick](javascript:alert(1))"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/events/" + id).header("Authorization", "Bearer " + tokenOfA))
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.endsWith("<script>alert(1)</script>")))
                .andExpect(jsonPath("$.descriptionHtml").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("<img"))))
                .andExpect(jsonPath("$.descriptionHtml").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("javascript:"))));
    }

    private String createdBy(String token) throws Exception {
        return JsonPath.read(send(post("/api/v1/events"), token, referenceEvent())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
        request.header("Authorization", "Bearer " + token);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    private OrganizationId organization() {
        return testFixtures.organization("Organisation", null).id();
    }

    private final java.util.Map<String, String> emails = new java.util.HashMap<>();

    private String organizerWithToken(OrganizationId organization) {
        TestUser organizer = testFixtures.user(PlatformRole.USER, "API-Test");
        organizations.addMember(organization, organizer.id());
        String token = tokens.issue(organizer.id(), "test");
        emails.put(token, organizer.email());
        return token;
    }

    private String emailOf(String token) {
        return emails.get(token);
    }

    private static String referenceEvent() {
        return """
                {"type":"CONFERENCE","title":"Einladung zur Tagung: Offene Kommunen.NRW – Schritte in die Praxis",
                 "summary":"Eine Tagung für alle, die ihre Kommune offener machen wollen.",
                 "description":"Absatz eins.\\n\\n# Das Ziel\\n\\n- vernetzen\\n- lernen",
                 "startsAt":"2013-11-09T09:30","endsAt":"2013-11-09T17:30","timeZone":"Europe/Berlin",
                 "attendanceMode":"IN_PERSON",
                 "venue":{"name":"Gesamtschule Barmen","street":"Unterdörnen 1","postalCode":"42283",
                          "locality":"Wuppertal","district":"Barmen","state":"NORDRHEIN_WESTFALEN"},
                 "municipality":{"name":"Wuppertal","ags":"05124000"},
                 "websiteUrl":"www.oknrw.de",
                 "links":[{"label":"Veranstaltung auf Facebook","url":"https://www.facebook.com/events/1"},
                          {"label":"@OKNRW auf Twitter","url":"https://twitter.com/OKNRW"}],
                 "cost":{"free":true},"registration":{"mode":"REQUESTED"},
                 "audiences":["CITIZENS","POLITICIANS","ADMINISTRATION","RESEARCH","BUSINESS"],
                 "audienceNote":"alle, die sich für Beteiligung interessieren",
                 "topics":["OPEN_GOVERNMENT","PARTICIPATION"]}
                """;
    }
}
