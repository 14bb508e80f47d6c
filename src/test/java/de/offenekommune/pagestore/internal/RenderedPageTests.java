package de.offenekommune.pagestore.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class RenderedPageTests {

    static final String PLACEHOLDER = "okcsrf0123456789";

    @Test
    void the_token_goes_into_every_placeholder_plain_and_compressed() throws IOException {
        // GIVEN a page with two forms
        String body = "<html><form><input value=\"" + PLACEHOLDER + "\"></form>"
                + "Ä".repeat(5000) + "<form><input value=\"" + PLACEHOLDER + "\"></form></html>";
        List<RenderedPage.Header> headers = List.of(new RenderedPage.Header("Content-Type", "text/html;charset=UTF-8"),
                new RenderedPage.Header("ETag", "\"e\""), new RenderedPage.Header("Cache-Control", "public, max-age=0"));
        RenderedPage page = RenderedPage.of(headers, body.getBytes(StandardCharsets.UTF_8), PLACEHOLDER, "\"e\"");
        byte[][] token = {"visitor-token-ÿ".getBytes(StandardCharsets.UTF_8), "visitor-token-ÿ".getBytes(StandardCharsets.UTF_8)};
        String expected = body.replace(PLACEHOLDER, "visitor-token-ÿ");

        // WHEN it is written for a visitor, THEN both forms carry their token, and gzip decodes to the same;
        // the page is that visitor's alone: no validators, no shared caching
        assertThat(page.isPersonal()).isTrue();
        assertThat(page.slots()).allMatch(RenderedPage.Slot::isToken).hasSize(2);
        assertThat(page.etag()).isNull();
        assertThat(page.headers()).extracting(RenderedPage.Header::name).containsExactly("Content-Type");
        assertThat(new String(written(page, token, false), StandardCharsets.UTF_8)).isEqualTo(expected);
        byte[] compressed = written(page, token, true);
        assertThat(compressed).hasSize(page.contentLength(token, true)).hasSizeLessThan(expected.length() / 4);
        assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(compressed)).readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(expected);
    }

    @Test
    void a_page_without_forms_is_the_same_for_everyone() throws IOException {
        byte[] body = "{\"items\":[]}".getBytes(StandardCharsets.UTF_8);
        RenderedPage page = RenderedPage.of(List.of(), body, PLACEHOLDER, "\"e\"");

        assertThat(page.isPersonal()).isFalse();
        assertThat(page.etag()).isEqualTo("\"e\"");
        assertThat(written(page, new byte[0][], false)).isEqualTo(body).hasSize(page.contentLength(new byte[0][], false));
        assertThat(new GZIPInputStream(new ByteArrayInputStream(written(page, new byte[0][], true))).readAllBytes()).isEqualTo(body);
    }

    @Test
    void a_fresh_value_gets_its_name_and_argument() throws IOException {
        String body = "<input value=\"" + PLACEHOLDER + "\"><input value=\"" + PLACEHOLDER + ".comment-stamp.3f2a-77.\">";
        RenderedPage page = RenderedPage.of(List.of(), body.getBytes(StandardCharsets.UTF_8), PLACEHOLDER, null);

        assertThat(page.slots()).containsExactly(new RenderedPage.Slot(null, null),
                new RenderedPage.Slot("comment-stamp", "3f2a-77"));
        byte[][] values = {"t".getBytes(StandardCharsets.UTF_8), "now".getBytes(StandardCharsets.UTF_8)};
        assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(written(page, values, true))).readAllBytes(),
                StandardCharsets.UTF_8)).isEqualTo("<input value=\"t\"><input value=\"now\">");
    }

    private static byte[] written(RenderedPage page, byte[][] token, boolean gzip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        page.write(out, token, gzip);
        return out.toByteArray();
    }
}
