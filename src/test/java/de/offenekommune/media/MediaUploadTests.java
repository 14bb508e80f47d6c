package de.offenekommune.media;

import static de.offenekommune.FormTokens.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.Organization;
import de.offenekommune.event.Event;

/**
 * Organizers upload an image and documents through the event's media page; the platform serves them with safe
 * headers and shows the image in Open Graph, JSON-LD and the Atom feed.
 */
@IntegrationTest
class MediaUploadTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;

    @Test
    void an_uploaded_image_appears_in_open_graph_json_ld_and_atom_and_is_served_immutable() throws Exception {
        // GIVEN a published event of an organizer
        Organization organization = fixtures.organization();
        TestUser organizer = fixtures.organizer(organization);
        Event event = fixtures.published(organizer, organization, EventDetailsBuilder
                .workshop(TestFixtures.unique("Bildtest"), LocalDate.now().plusDays(30).atTime(LocalTime.of(10, 0))).build());

        // WHEN they upload a photo with a GPS position
        mvc.perform(multipart("/manage/events/" + event.id() + "/media/image")
                        .file(new MockMultipartFile("image", "foto.jpg", "image/jpeg", TestImages.jpegWithGps(1200, 800)))
                        .param("alt", "Menschen im Ratssaal")
                        .param("credit", "Foto: Stadt, CC BY 4.0")
                        .with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().is3xxRedirection());

        // THEN the page names it for link previews, with size and alternative text
        Document page = Jsoup.parse(mvc.perform(get("/events/" + event.slug())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        String ogImage = page.select("meta[property=og:image]").attr("content");
        assertThat(ogImage).matches("https?://.+/media/images/[0-9a-f]{32}-1200\\.jpg");
        assertThat(page.select("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
        assertThat(page.select("meta[property=og:image:height]").attr("content")).isEqualTo("800");
        assertThat(page.select("meta[property=og:image:alt]").attr("content")).isEqualTo("Menschen im Ratssaal");
        assertThat(page.select(".ok-event-image img").attr("srcset")).contains("-480.jpg 480w", "-960.jpg 960w",
                "-1200.jpg 1200w");
        assertThat(page.select(".ok-event-image figcaption").text()).contains("Foto: Stadt, CC BY 4.0");
        assertThat(page.select("script[type=application/ld+json]").html()).contains("\"image\"", ogImage);

        // AND the file is a fresh JPEG, cached for good, never sniffed, without the position
        String path = ogImage.substring(ogImage.indexOf("/media/"));
        MvcResult file = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        assertThat(file.getResponse().getContentType()).isEqualTo("image/jpeg");
        assertThat(file.getResponse().getHeader("Cache-Control")).contains("max-age=31536000", "immutable", "public");
        assertThat(file.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(new String(file.getResponse().getContentAsByteArray(), StandardCharsets.ISO_8859_1))
                .doesNotContain("Exif");

        // AND the Atom feed carries it
        // (the organizer's feed: the whole feed shows only the first events of a database other tests fill too)
        String atom = mvc.perform(get("/events.atom").param("organizer", organization.slug())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(atom).contains("rel=\"enclosure\" type=\"image/jpeg\" href=\"" + ogImage + "\"");
    }

    @Test
    void a_refused_image_keeps_the_texts_and_says_why() throws Exception {
        Organization organization = fixtures.organization();
        TestUser organizer = fixtures.organizer(organization);
        Event event = fixtures.published(organizer, organization, EventDetailsBuilder
                .workshop(TestFixtures.unique("Bombe"), LocalDate.now().plusDays(30).atTime(LocalTime.of(10, 0))).build());

        String body = mvc.perform(multipart("/manage/events/" + event.id() + "/media/image")
                        .file(new MockMultipartFile("image", "klein.png", "image/png", TestImages.pngClaiming(50_000, 50_000)))
                        .param("alt", "Ein Plakat")
                        .with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Document page = Jsoup.parse(body);
        assertThat(page.select("#error-summary").text()).contains("zu viele Bildpunkte");
        assertThat(page.select("#alt").attr("value")).isEqualTo("Ein Plakat");
    }

    @Test
    void documents_are_typed_by_content_and_served_as_downloads() throws Exception {
        Organization organization = fixtures.organization();
        TestUser organizer = fixtures.organizer(organization);
        Event event = fixtures.published(organizer, organization, EventDetailsBuilder
                .workshop(TestFixtures.unique("Doku"), LocalDate.now().plusDays(30).atTime(LocalTime.of(10, 0))).build());
        String base = "/manage/events/" + event.id() + "/media/documents";

        // WHEN an HTML page named programm.pdf is sent
        mvc.perform(multipart(base)
                        .file(new MockMultipartFile("document", "programm.pdf", "application/pdf",
                                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                        .param("title", "Programm").param("language", "de")
                        .with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isUnprocessableContent());

        // AND a real PDF named like a text file
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart(base)
                        .file(new MockMultipartFile("document", "notizen.txt", "text/plain", pdf))
                        .param("title", "Programm der Tagung").param("language", "de")
                        .with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().is3xxRedirection());

        // THEN only the PDF is attached, listed in the API and downloaded as an attachment
        String api = mvc.perform(get("/api/v1/events/" + event.id() + "/documents")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"title\":\"Programm der Tagung\"", "\"mediaType\":\"application/pdf\"");
        assertThat(api.split("\"id\"")).hasSize(2);
        String url = api.replaceAll("(?s).*\"url\":\"([^\"]+)\".*", "$1");
        MvcResult download = mvc.perform(get(url.substring(url.indexOf("/media/")))).andExpect(status().isOk()).andReturn();
        assertThat(download.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"programm-der-tagung.pdf\"");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);

        // AND an unknown document address is a plain 404
        mvc.perform(get("/media/documents/00000000-0000-0000-0000-000000000000/programm.pdf"))
                .andExpect(status().isNotFound());

        // AND a missing event is an RFC 9457 problem
        mvc.perform(get("/api/v1/events/00000000-0000-0000-0000-000000000000/documents"))
                .andExpect(status().isNotFound())
                .andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith("application/problem+json"));
    }
}
