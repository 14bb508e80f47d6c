package de.offenekommune.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.Organization;
import de.offenekommune.event.Events;

/** Bad input in the editor: 422, the German message at the field, the input kept, nothing saved. */
@IntegrationTest
class EventEditorValidationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    Events events;

    private Organization organization;
    private TestUser organizer;

    @BeforeEach
    void anOrganizer() {
        organization = fixtures.organization();
        organizer = fixtures.organizer(organization);
    }

    private Document refused(EventFormInput input) throws Exception {
        String html = mvc.perform(post("/manage/events/new").with(user(organizer.principal())).with(formToken(mvc))
                        .params(input.set("organizationId", organization.id().toString()).params())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(events.findByOrganizers(Set.of(organization.id()))).as("nothing saved").isEmpty();
        return Jsoup.parse(html);
    }

    private static String errorAt(Document page, String field) {
        return page.select("#" + field + "-error").text();
    }

    @Test
    void a_missing_title_is_named_at_the_field_and_in_the_summary() throws Exception {
        Document page = refused(EventFormInput.reference().set("title", "  "));

        assertThat(errorAt(page, "title")).isEqualTo("Bitte füllen Sie dieses Feld aus.");
        assertThat(page.select("input#title").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#error-summary a[href=#title]").text()).isEqualTo("Titel: Bitte füllen Sie dieses Feld aus.");
        assertThat(page.select("#error-summary li")).hasSize(1);
        assertThat(page.select("textarea#summary").text()).isEqualTo(de.offenekommune.EventDetailsBuilder.REFERENCE_SUMMARY);
        assertThat(page.select("input#venueStreet").attr("value")).isEqualTo("Unterdörnen 1");
    }

    @Test
    void an_end_before_the_start_is_named_at_the_end_date() throws Exception {
        Document page = refused(EventFormInput.reference().set("endTime", "08:00"));

        assertThat(errorAt(page, "endDate")).isEqualTo("Das Ende liegt vor dem Beginn.");
        assertThat(page.select("input#startTime").attr("value")).isEqualTo("09:30");
        assertThat(page.select("input#endTime").attr("value")).isEqualTo("08:00");
        assertThat(page.select("input#startDate").attr("value")).isEqualTo("09.11.2013");
    }

    @Test
    void an_unknown_time_zone_is_named_at_its_field() throws Exception {
        Document page = refused(EventFormInput.reference().set("timeZone", "Mars/Olympus"));

        assertThat(errorAt(page, "timeZone"))
                .isEqualTo("Diese Zeitzone ist unbekannt. Bitte wählen Sie eine aus der Liste, z. B. Europe/Berlin.");
        assertThat(page.select("input#title").attr("value")).isEqualTo(de.offenekommune.EventDetailsBuilder.REFERENCE_TITLE);
    }

    @Test
    void a_script_link_is_refused_and_shown_again_as_typed() throws Exception {
        Document page = refused(EventFormInput.reference()
                .set("linkLabel", "Veranstaltung auf Facebook", "Klick mich")
                .set("linkUrl", de.offenekommune.EventDetailsBuilder.FACEBOOK_URL, "javascript:alert(1)"));

        assertThat(errorAt(page, "linkUrl1"))
                .isEqualTo("Bitte geben Sie eine Web-Adresse mit http:// oder https:// an, z. B. https://www.beispiel.de.");
        assertThat(page.select("input#linkUrl1").attr("value")).isEqualTo("javascript:alert(1)");
        assertThat(page.select("input#linkLabel1").attr("value")).isEqualTo("Klick mich");
        assertThat(page.select("a[href^=javascript]")).isEmpty();
    }

    @Test
    void a_script_website_address_is_refused_too() throws Exception {
        Document page = refused(EventFormInput.reference().set("websiteUrl", "javascript:alert(document.cookie)"));

        assertThat(errorAt(page, "websiteUrl")).startsWith("Bitte geben Sie eine Web-Adresse mit http://");
    }

    @Test
    void a_slug_already_in_use_is_refused() throws Exception {
        String slug = TestFixtures.unique("vergeben");
        EventEditorTests.create(mvc, organizer, organization, EventFormInput.reference().set("slug", slug));
        Organization other = fixtures.organization();
        organization = other;
        organizer = fixtures.organizer(other);

        Document page = refused(EventFormInput.reference().set("slug", slug));

        assertThat(errorAt(page, "slug")).isEqualTo("Diese Kurzadresse ist bereits vergeben. Bitte wählen Sie eine andere.");
        assertThat(page.select("input#slug").attr("value")).isEqualTo(slug);
    }

    @Test
    void a_slug_with_bad_characters_or_a_reserved_word_is_refused() throws Exception {
        assertThat(errorAt(refused(EventFormInput.reference().set("slug", "tagung 2013!")), "slug"))
                .startsWith("Die Kurzadresse darf nur Kleinbuchstaben");
        assertThat(errorAt(refused(EventFormInput.reference().set("slug", "archive")), "slug"))
                .startsWith("Die Kurzadresse darf nur Kleinbuchstaben");
    }

    @Test
    void a_description_of_ten_megabytes_is_refused_with_its_limit() throws Exception {
        String tenMegabytes = "Beteiligung ".repeat(10 * 1024 * 1024 / 12);

        Document page = refused(EventFormInput.reference().set("description", tenMegabytes));

        assertThat(errorAt(page, "description")).isEqualTo("Bitte geben Sie höchstens 50.000 Zeichen ein.");
    }

    @Test
    void an_organization_the_organizer_does_not_belong_to_is_refused() throws Exception {
        Organization foreign = fixtures.organization();
        String html = mvc.perform(post("/manage/events/new").with(user(organizer.principal())).with(formToken(mvc))
                        .params(EventFormInput.reference().set("organizationId", foreign.id().toString()).params()))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        // an organizer of one organization has no field to choose, so the summary names the problem
        Document page = Jsoup.parse(html);
        assertThat(page.select("#error-summary a[href=#organizationId]").text())
                .isEqualTo("Veranstalter: Bitte wählen Sie eine Organisation, für die Sie Veranstaltungen anlegen dürfen.");
        assertThat(page.select("#organizationId")).as("the summary's link has a target").hasSize(1);
        assertThat(events.findByOrganizers(Set.of(foreign.id()))).isEmpty();
    }

    @Test
    void every_problem_is_reported_at_once() throws Exception {
        Document page = refused(EventFormInput.reference()
                .set("title", "").set("startDate", "31.02.2013").set("venuePostalCode", "4228")
                .set("municipalityName", "Wuppertal (99999999)").set("free", "false").set("priceText", "")
                .set("registrationCapacity", "viele").set("contactEmail", "keine-adresse"));

        assertThat(errorAt(page, "title")).isEqualTo("Bitte füllen Sie dieses Feld aus.");
        assertThat(errorAt(page, "startDate")).isEqualTo("Bitte geben Sie ein Datum im Format TT.MM.JJJJ ein.");
        assertThat(errorAt(page, "venuePostalCode")).isEqualTo("Eine Postleitzahl hat fünf Ziffern.");
        assertThat(errorAt(page, "municipalityName")).startsWith("Der Gemeindeschlüssel hat acht Ziffern");
        assertThat(errorAt(page, "priceText")).startsWith("Bitte geben Sie den Preis an");
        assertThat(errorAt(page, "registrationCapacity")).isEqualTo("Bitte geben Sie eine ganze Zahl ein.");
        assertThat(errorAt(page, "contactEmail")).startsWith("Bitte geben Sie eine gültige E-Mail-Adresse ein");
        assertThat(page.select("#error-summary li")).hasSize(7);
        // each link of the summary names its field, in the order of the form
        assertThat(page.select("#error-summary a").eachText()).containsExactly(
                "Titel: Bitte füllen Sie dieses Feld aus.",
                "Beginn (Datum): Bitte geben Sie ein Datum im Format TT.MM.JJJJ ein.",
                "Postleitzahl: Eine Postleitzahl hat fünf Ziffern.",
                "Kommune: " + errorAt(page, "municipalityName"),
                "Preis: " + errorAt(page, "priceText"),
                "Anzahl der Plätze: Bitte geben Sie eine ganze Zahl ein.",
                "E-Mail für Rückfragen: " + errorAt(page, "contactEmail"));
        assertThat(page.select("#error-summary a").eachAttr("href")).allSatisfy(href ->
                assertThat(page.select(href)).as("target of %s", href).isNotEmpty());
        assertThat(page.select("input#contactEmail").attr("value")).isEqualTo("keine-adresse");
    }

    @Test
    void english_organizers_read_the_messages_in_english() throws Exception {
        String html = mvc.perform(post("/manage/events/new").with(user(organizer.principal())).with(formToken(mvc))
                        .param("lang", "en")
                        .params(EventFormInput.reference().set("title", "")
                                .set("organizationId", organization.id().toString()).params()))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(errorAt(Jsoup.parse(html), "title")).isNotBlank().isNotEqualTo("Bitte füllen Sie dieses Feld aus.");
    }
}
