package de.offenekommune.programme;

import static de.offenekommune.FormTokens.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.Organization;
import de.offenekommune.event.Event;
import de.offenekommune.media.TestImages;
import de.offenekommune.media.Portraits;
import de.offenekommune.platform.Violations;
import de.offenekommune.programme.internal.PortraitInput;

/** A speaker's portrait: re-encoded by media, required alternative text, shown only with the person's consent. */
@IntegrationTest
class SpeakerPortraitTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    ProgrammeManagement management;
    @Autowired
    Programmes programmes;
    @Autowired
    Portraits portraits;

    TestUser organizer;
    Event event;

    @BeforeEach
    void the_reference_conference() {
        Organization organization = fixtures.organization();
        organizer = fixtures.organizer(organization);
        event = fixtures.published(organizer, organization, EventDetailsBuilder.referenceEvent().build());
    }

    @Test
    void a_portrait_with_its_text_is_shown_beside_a_consenting_speaker_and_served_for_good() throws Exception {
        mvc.perform(speakerForm("").file(portrait(600, 800))
                        .param("speakerName", "Sabine Korte").param("speakerConsent", "true")
                        .param("speakerPortraitAlt", "Sabine Korte lacht vor einem Bücherregal"))
                .andExpect(status().is3xxRedirection());
        Speaker korte = programmes.of(event.id()).speakers().get(0);
        session("Begrüßung", korte);

        Document page = Jsoup.parse(mvc.perform(get("/events/" + event.slug() + "/programme"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var img = page.select("#speaker-" + korte.id() + " img.ok-portrait");
        assertThat(img.attr("alt")).isEqualTo("Sabine Korte lacht vor einem Bücherregal");
        assertThat(img.attr("src")).matches("/media/portraits/[0-9a-f]{32}-160\\.jpg");
        assertThat(img.attr("srcset")).contains("-160.jpg 160w", "-320.jpg 320w");
        assertThat(page.select("#speaker-" + korte.id()).text()).contains("Sabine Korte", "Wirkt mit bei: Begrüßung");

        byte[] served = mvc.perform(get(img.attr("src")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("immutable")))
                .andReturn().getResponse().getContentAsByteArray();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(served));
        assertThat(decoded.getWidth()).isEqualTo(160);
        assertThat(decoded.getHeight()).isEqualTo(213);
        mvc.perform(get("/api/v1/events/" + event.id() + "/programme"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.speakers[0].portrait.alt").value("Sabine Korte lacht vor einem Bücherregal"));
    }

    @Test
    void without_consent_neither_the_person_nor_the_portrait_is_shown() throws Exception {
        mvc.perform(speakerForm("").file(portrait(300, 300))
                        .param("speakerName", "Peter Nowak").param("speakerPortraitAlt", "Peter Nowak"))
                .andExpect(status().is3xxRedirection());
        Speaker nowak = programmes.of(event.id()).speakers().get(0);
        session("Podium", nowak);

        String page = mvc.perform(get("/events/" + event.slug() + "/programme")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(portraits.find(nowak.id().value())).isPresent();
        assertThat(page).doesNotContain("/media/portraits/").doesNotContain("Peter Nowak");
        String api = mvc.perform(get("/api/v1/events/" + event.id() + "/programme")).andReturn().getResponse()
                .getContentAsString();
        assertThat(api).doesNotContain("/media/portraits/").doesNotContain("Peter Nowak");
    }

    @Test
    void a_portrait_without_alternative_text_saves_nothing_and_keeps_what_was_typed() throws Exception {
        Document html = Jsoup.parse(mvc.perform(speakerForm("").file(portrait(300, 300)).header("Accept-Language", "de")
                        .param("speakerName", "Sabine Korte").param("speakerRole", "Moderation"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());

        assertThat(html.select("#error-summary a[href=#speakerPortraitAlt]")).hasSize(1);
        assertThat(html.select("#speakerPortraitAlt-error").text()).isNotBlank();
        assertThat(html.select("#speakerName").attr("value")).isEqualTo("Sabine Korte");
        assertThat(html.select("#speakerRole").attr("value")).isEqualTo("Moderation");
        assertThat(programmes.of(event.id()).speakers()).isEmpty();
    }

    @Test
    void a_file_that_is_no_image_is_refused_at_the_portrait_field() throws Exception {
        Document html = Jsoup.parse(mvc.perform(speakerForm("")
                        .file(new MockMultipartFile("speakerPortrait", "bild.jpg", "image/jpeg",
                                "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes()))
                        .header("Accept-Language", "de")
                        .param("speakerName", "Sabine Korte").param("speakerPortraitAlt", "Porträt"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());

        assertThat(html.select("#speakerPortrait-error").text()).contains("kein Bild");
        assertThat(programmes.of(event.id()).speakers()).isEmpty();
    }

    @Test
    void the_organizer_changes_the_text_and_then_removes_the_portrait() throws Exception {
        Speaker korte = management.saveSpeaker(organizer.principal(), event.id(), null, "Sabine Korte", null, null,
                null, true, new PortraitInput(TestImages.jpeg(400, 400), "Porträt", false), new Violations());
        String firstPath = portraits.find(korte.id().value()).orElseThrow().smallest().path();

        mvc.perform(speakerForm("/" + korte.id()).param("speakerName", "Sabine Korte").param("speakerConsent", "true")
                .param("speakerPortraitAlt", "Sabine Korte am Rednerpult")).andExpect(status().is3xxRedirection());
        assertThat(portraits.find(korte.id().value())).get().satisfies(portrait -> {
            assertThat(portrait.alt()).isEqualTo("Sabine Korte am Rednerpult");
            assertThat(portrait.smallest().path()).isEqualTo(firstPath);
        });
        Document editor = Jsoup.parse(mvc.perform(get(base() + "?speaker=" + korte.id()).with(user(organizer.principal())))
                .andReturn().getResponse().getContentAsString());
        assertThat(editor.select("#speakerPortraitAlt").attr("value")).isEqualTo("Sabine Korte am Rednerpult");
        assertThat(editor.select("#speakerPortraitRemove")).hasSize(1);

        mvc.perform(speakerForm("/" + korte.id()).param("speakerName", "Sabine Korte").param("speakerConsent", "true")
                .param("speakerPortraitRemove", "true")).andExpect(status().is3xxRedirection());
        assertThat(portraits.find(korte.id().value())).isEmpty();
        mvc.perform(get(firstPath)).andExpect(status().isNotFound());
    }

    private MockMultipartHttpServletRequestBuilder speakerForm(String suffix) throws Exception {
        return (MockMultipartHttpServletRequestBuilder) multipart(base() + "/speakers" + suffix)
                .with(user(organizer.principal())).with(formToken(mvc));
    }

    private String base() {
        return "/manage/events/" + event.id() + "/programme";
    }

    private void session(String title, Speaker speaker) {
        management.saveSession(organizer.principal(), event.id(), null, new SessionDraft(title, null, SessionKind.TALK,
                LocalDateTime.parse("2013-11-09T10:00"), LocalDateTime.parse("2013-11-09T10:20"), null, "de", false,
                false, List.of(speaker.id()), null), new Violations());
    }

    private static MockMultipartFile portrait(int width, int height) {
        return new MockMultipartFile("speakerPortrait", "portrait.jpg", "image/jpeg", TestImages.jpeg(width, height));
    }
}
