package de.offenekommune.event.web;

import static de.offenekommune.FormTokens.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.Organization;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.Events;
import de.offenekommune.event.Municipality;
import de.offenekommune.event.MunicipalityRegister;
import de.offenekommune.event.RegisteredMunicipality;
import de.offenekommune.event.Schedule;
import de.offenekommune.platform.FederalState;

/**
 * What the editor tells organizers before they submit: which fields are required (exactly those the
 * rules require), which parts are folded away, which municipality they mean, and a form that comes back
 * as it was entered, so that moving the start is all it takes to reschedule.
 */
@IntegrationTest
class EventEditorFieldsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    Events events;
    @Autowired
    MunicipalityRegister register;

    Organization organization;
    TestUser organizer;

    @BeforeEach
    void an_organizer() {
        organization = fixtures.organization();
        organizer = fixtures.organizer(organization);
    }

    @Test
    void every_field_an_empty_form_is_refused_for_is_shown_as_required() throws Exception {
        // WHEN an organizer sends the new form as it comes: in person, free, without registration
        Document page = refused(BrowserForm.fields(editor("/manage/events/new").outerHtml(), "form.ok-editor"));

        // THEN every field named in the summary was marked as required, none as optional
        List<String> fields = page.select("#error-summary a").eachAttr("href");
        assertThat(fields).containsExactly("#type", "#title", "#summary", "#startDate", "#venueName", "#venueStreet",
                "#venuePostalCode", "#venueLocality");
        assertShownAsRequired(page, fields);
    }

    @Test
    void times_and_fields_required_for_online_events_a_fee_or_an_external_registration_are_shown_as_required_then() throws Exception {
        // WHEN
        MultiValueMap<String, String> form = BrowserForm.fields(editor("/manage/events/new").outerHtml(), "form.ok-editor");
        form.set("startDate", "2027-03-04");
        form.set("attendanceMode", "HYBRID");
        form.set("free", "false");
        form.set("registrationMode", "EXTERNAL");
        Document page = refused(form);

        // THEN
        List<String> fields = page.select("#error-summary a").eachAttr("href");
        assertThat(fields).contains("#startTime", "#endTime", "#onlineUrl", "#priceText", "#registrationUrl", "#venueName");
        assertShownAsRequired(page, fields);
    }

    @Test
    void fields_required_only_in_some_cases_say_when_and_are_never_marked_optional() throws Exception {
        // WHEN
        Document page = editor("/manage/events/new");

        // THEN
        Element venue = page.selectFirst("fieldset[aria-describedby=venue-hint]");
        assertThat(venue.select("#venue-hint").text()).contains("Pflichtangaben bei Vor-Ort- und hybriden Veranstaltungen");
        assertThat(venue.select("label").eachText()).containsExactly("Name des Veranstaltungsorts",
                "Straße und Hausnummer", "Postleitzahl", "Ort");
        assertThat(venue.select("input[required]")).as("required as Vor Ort is chosen").hasSize(4);
        assertThat(label(page, "onlineUrl")).isEqualTo("Link zur Online-Teilnahme");
        assertThat(page.select("#onlineUrl-hint").text()).startsWith("Pflichtangabe bei Online- und hybriden Veranstaltungen");
        assertThat(page.select("#onlineUrl[required]")).as("not required while Vor Ort is chosen").isEmpty();
        assertThat(label(page, "priceText")).isEqualTo("Preis");
        assertThat(page.select("#priceText-hint").text()).startsWith("Pflichtangabe bei kostenpflichtiger Teilnahme");
        assertThat(label(page, "registrationUrl")).isEqualTo("Link zur externen Anmeldung");
        assertThat(label(page, "startTime")).isEqualTo("Beginn (Uhrzeit)");
        assertThat(page.select("#startTime-hint").text()).isEqualTo("Entfällt bei ganztägigen Veranstaltungen.");
        assertThat(label(page, "endDate")).isEqualTo("Ende (Datum) (optional)");
        assertThat(label(page, "municipalityName")).isEqualTo("Kommune (optional)");
    }

    @Test
    void the_rarely_used_parts_of_a_new_event_are_folded_away() throws Exception {
        // WHEN
        Document page = editor("/manage/events/new");

        // THEN
        assertThat(page.select("details.ok-disclosure > summary").eachText()).containsExactly("Adresse der Seite",
                "Zeitzone", "Stadtteil, Bundesland, Anfahrt und Koordinaten", "Anmeldezeitraum",
                "Zielgruppen und Themen", "Barrierefreiheit", "Leichte Sprache", "Website und weitere Links",
                "Ansprechperson für Rückfragen");
        assertThat(page.select("details.ok-disclosure[open]")).isEmpty();
        assertThat(page.select("details.ok-disclosure #timeZone option[selected]").val()).isEqualTo("Europe/Berlin");
    }

    @Test
    void a_folded_part_opens_when_it_holds_something() throws Exception {
        // GIVEN the reference conference: its page address, venue details, audiences, an accessibility offer and links,
        // no contact
        EventId id = EventEditorTests.create(mvc, organizer, organization, EventFormInput.reference());

        // WHEN
        Document page = editor("/manage/events/" + id + "/edit");

        // THEN
        assertThat(page.select("details.ok-disclosure[open] > summary").eachText()).containsExactly(
                "Adresse der Seite", "Stadtteil, Bundesland, Anfahrt und Koordinaten", "Zielgruppen und Themen",
                "Barrierefreiheit", "Website und weitere Links");
    }

    @Test
    void a_folded_part_opens_when_it_holds_an_error_so_that_the_summary_link_leads_somewhere_visible() throws Exception {
        // WHEN
        Document page = refused(EventFormInput.reference().set("audiences").set("topics").set("audienceNote", "")
                .set("accessibility").set("venueAccessibilityNotes", "").set("linkLabel", "Ohne Adresse")
                .set("linkUrl", "").set("websiteUrl", "").set("venueDistrict", "").set("venueState", "")
                .set("venueDirections", "").set("venueLatitude", "").set("venueLongitude", "").set("contactPhone", "ruf an")
                .set("organizationId", organization.id().toString()).params());

        // THEN
        assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#linkUrl0", "#contactPhone");
        assertThat(page.select("details.ok-disclosure[open] > summary").eachText())
                .containsExactly("Website und weitere Links", "Ansprechperson für Rückfragen");
    }

    @Test
    void an_event_saved_without_an_end_date_is_rescheduled_by_moving_only_its_start() throws Exception {
        // GIVEN the reference conference of one day, entered without an end date
        EventId id = EventEditorTests.create(mvc, organizer, organization, EventFormInput.reference());
        Document editor = editor("/manage/events/" + id + "/edit");
        assertThat(editor.select("input#endDate").val()).as("the end date comes back empty").isEmpty();

        // WHEN the organizer moves it a week on, changing nothing else
        MultiValueMap<String, String> form = BrowserForm.fields(editor.outerHtml(), "form.ok-editor");
        form.set("startDate", "2013-11-16");
        save(id, form);

        // THEN
        Schedule schedule = events.findById(id).orElseThrow().details().schedule();
        assertThat(schedule.localStart().toLocalDateTime()).isEqualTo(LocalDate.of(2013, 11, 16).atTime(9, 30));
        assertThat(schedule.localEnd().toLocalDateTime()).isEqualTo(LocalDate.of(2013, 11, 16).atTime(17, 30));
    }

    @Test
    void an_event_of_two_days_moved_by_its_start_keeps_its_two_days() throws Exception {
        // GIVEN
        EventId id = EventEditorTests.create(mvc, organizer, organization, EventFormInput.reference()
                .set("endDate", "10.11.2013"));
        Document editor = editor("/manage/events/" + id + "/edit");
        assertThat(editor.select("input#endDate").val()).isEqualTo("2013-11-10");

        // WHEN
        MultiValueMap<String, String> form = BrowserForm.fields(editor.outerHtml(), "form.ok-editor");
        form.set("startDate", "2013-11-16");
        save(id, form);

        // THEN
        Schedule schedule = events.findById(id).orElseThrow().details().schedule();
        assertThat(schedule.firstDay()).isEqualTo(LocalDate.of(2013, 11, 16));
        assertThat(schedule.lastDay()).isEqualTo(LocalDate.of(2013, 11, 17));
        assertThat(schedule.localEnd().toLocalTime()).isEqualTo(LocalTime.of(17, 30));
    }

    @Test
    void organizers_pick_a_registered_municipality_and_its_key_is_saved() throws Exception {
        // GIVEN a municipality in the register
        RegisteredMunicipality teststadt = registered();

        // WHEN the editor is opened, and the name is typed without picking from the list
        Document page = editor("/manage/events/new");
        EventId id = EventEditorTests.create(mvc, organizer, organization, EventFormInput.reference()
                .set("municipalityName", teststadt.name().toUpperCase()));

        // THEN the list offers it with its key, and the event is saved with it
        assertThat(page.select("input#municipalityName").attr("list")).isEqualTo("municipality-list");
        assertThat(page.select("datalist#municipality-list option[value=" + teststadt.name() + " (" + teststadt.ags() + ")]")
                .attr("label")).isEqualTo("Kreis Teststadt, Nordrhein-Westfalen");
        Event saved = events.findById(id).orElseThrow();
        assertThat(saved.details().municipality()).isEqualTo(new Municipality(teststadt.name(), teststadt.ags()));
        assertThat(editor("/manage/events/" + id + "/edit").select("input#municipalityName").val())
                .isEqualTo(teststadt.name() + " (" + teststadt.ags() + ")");
    }

    private RegisteredMunicipality registered() {
        for (int attempt = 0; attempt < 10; attempt++) {
            String ags = "05" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
            RegisteredMunicipality municipality = new RegisteredMunicipality(ags, "Teststadt " + TestFixtures.unique(),
                    "Kreis Teststadt", FederalState.NORDRHEIN_WESTFALEN);
            if (register.add(municipality)) {
                return municipality;
            }
        }
        throw new IllegalStateException("No free key");
    }

    private Document editor(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(organizer.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private Document refused(MultiValueMap<String, String> form) throws Exception {
        form.set("organizationId", organization.id().toString());
        return Jsoup.parse(mvc.perform(post("/manage/events/new").with(user(organizer.principal())).with(formToken(mvc))
                        .params(form))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString());
    }

    private void save(EventId id, MultiValueMap<String, String> form) throws Exception {
        mvc.perform(post("/manage/events/" + id + "/edit").with(user(organizer.principal())).with(formToken(mvc))
                        .params(form))
                .andExpect(status().isFound());
    }

    private static String label(Document page, String field) {
        return page.select("label[for=" + field + "]").text();
    }

    /** Each field is labelled without "(optional)" and, where it is a control, carries {@code required}. */
    private static void assertShownAsRequired(Document page, List<String> fields) {
        for (String href : fields) {
            Element field = page.selectFirst(href);
            assertThat(field).as("target of %s", href).isNotNull();
            String label = field.tagName().equals("fieldset") ? field.select("legend").text() : label(page, field.id());
            assertThat(label).as("label of %s", href).isNotBlank().doesNotContain("optional");
            if (!field.tagName().equals("fieldset") && !field.tagName().equals("p")) {
                assertThat(field.hasAttr("required")).as("%s is required", href).isTrue();
            }
        }
    }
}
