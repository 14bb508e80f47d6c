package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import de.offenekommune.TestFixtures;

/**
 * Videos in Deutsche Gebärdensprache: the operator uploads one with captions and its text (a file that only
 * claims to be a video is refused), and visitors watch it in the browser's own player with the captions
 * track, read the text, and reach the page from the header of every page.
 */
@BrowserTest
class SignLanguageBrowserTests {

    /** The first bytes of an MP4 file: an {@code ftyp} box. */
    private static final byte[] MP4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0,
            'i', 's', 'o', 'm', 'm', 'p', '4', '1'};
    private static final Locator.GetByRoleOptions UPLOAD = new Locator.GetByRoleOptions().setName("Video hochladen");
    private static final String VTT = "WEBVTT\n\n00:00.000 --> 00:04.000\nSo finden Sie eine Veranstaltung.\n";

    @Autowired
    TestFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeVideos() {
        jdbc.sql("delete from sign_language_video").update();
    }

    @Test
    void the_operator_uploads_a_video_with_captions_and_visitors_watch_it_with_them(Page page) {
        // GIVEN an administrator at the uploads
        new Organizers(fixtures).createAdministrator().logIn(page);
        page.navigate("/admin/sign-language");
        Locator topic = page.locator("section", new Page.LocatorOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("So finden Sie eine Veranstaltung"))));
        AccessibilityAudit.assertNoViolations(page);

        // WHEN they upload an SVG that calls itself a video
        topic.getByLabel("Video (MP4 oder WebM)").setInputFiles(new FilePayload("film.mp4", "video/mp4",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8)));
        topic.getByLabel("Untertitel (WebVTT-Datei, .vtt)").setInputFiles(new FilePayload("film.vtt", "text/vtt",
                VTT.getBytes(StandardCharsets.UTF_8)));
        topic.getByLabel("Text zum Video").fill("Oben auf jeder Seite steht: Veranstaltungen.");
        Response refused = page.waitForResponse("**/admin/sign-language/find-event*",
                () -> topic.getByRole(AriaRole.BUTTON, UPLOAD).click());

        // THEN it is refused and nothing is online
        assertThat(refused.status()).isEqualTo(422);
        assertThat(page.locator("#error-summary").innerText()).contains("kein MP4- oder WebM-Video");
        // (the form's CSRF token travels in the body, never in an address that lands in logs and history)
        assertThat(refused.url()).doesNotContain("csrf");
        assertThat(jdbc.sql("select count(*) from sign_language_video").query(Long.class).single()).isZero();
        AccessibilityAudit.assertNoViolations(page);

        // AND the summary leads to the refused file field of that very topic, which says what is wrong with it
        page.locator("#error-summary a").first().click();
        Locator refusedVideo = page.locator("#find-event-video");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("find-event-video");
        assertThat(refusedVideo.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.locator("#" + refusedVideo.getAttribute("aria-describedby").split(" ")[1]).innerText())
                .contains("kein MP4- oder WebM-Video");
        assertThat(page.locator("[aria-invalid=true]").count()).isEqualTo(1);

        // WHEN they upload a real video file with its captions and text
        Locator again = page.locator("section", new Page.LocatorOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("So finden Sie eine Veranstaltung"))));
        again.getByLabel("Video (MP4 oder WebM)").setInputFiles(new FilePayload("film.mp4", "video/mp4", MP4));
        again.getByLabel("Untertitel (WebVTT-Datei, .vtt)").setInputFiles(new FilePayload("film.vtt", "text/vtt",
                VTT.getBytes(StandardCharsets.UTF_8)));
        page.waitForResponse("**/admin/sign-language/find-event*", () -> again.getByRole(AriaRole.BUTTON, UPLOAD).click());
        assertThat(page.getByRole(AriaRole.STATUS).innerText()).contains("Das Video ist online.");

        // THEN visitors, coming from the header, see it in the native player with captions and the text
        page.context().clearCookies();
        page.navigate("/impressum");
        page.locator("header").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Gebärdensprache")).click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Deutsche Gebärdensprache");
        Locator video = page.locator("#topic-find-event ~ video");
        assertThat(video.locator("source").getAttribute("src")).isEqualTo("/gebaerdensprache/find-event.mp4");
        Locator track = video.locator("track");
        assertThat(track.getAttribute("kind")).isEqualTo("captions");
        assertThat(track.getAttribute("srclang")).isEqualTo("de");
        page.locator("summary", new Page.LocatorOptions().setHasText("Text zum Video")).click();
        assertThat(page.getByText("Oben auf jeder Seite steht: Veranstaltungen.").isVisible()).isTrue();
        for (int width : Screenshots.WIDTHS) {
            page.setViewportSize(width, 900);
            AccessibilityAudit.assertNoViolations(page);
            LayoutChecks.assertNoSidewaysScrolling(page);
        }
        Screenshots.of(page, "gebaerdensprache");

        // AND the platform serves the files itself, as what they are
        APIResponse captions = page.request().get(track.getAttribute("src"));
        assertThat(captions.headers().get("content-type")).startsWith("text/vtt");
        assertThat(captions.text()).startsWith("WEBVTT");
        APIResponse file = page.request().get("/gebaerdensprache/find-event.mp4");
        assertThat(file.headers().get("content-type")).isEqualTo("video/mp4");
        assertThat(file.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(file.body()).isEqualTo(MP4);
    }

    @Test
    void without_videos_the_page_points_to_leichte_sprache(Page page) {
        // WHEN
        page.navigate("/gebaerdensprache");

        // THEN
        assertThat(page.locator("#no-videos a").getAttribute("href")).isEqualTo("/leichte-sprache");
        assertThat(page.locator("video").count()).isZero();
        AccessibilityAudit.assertNoViolations(page);
    }
}
