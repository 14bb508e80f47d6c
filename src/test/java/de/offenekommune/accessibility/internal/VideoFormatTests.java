package de.offenekommune.accessibility.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class VideoFormatTests {

    @Test
    void knows_mp4_by_its_ftyp_box() {
        byte[] mp4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0};

        assertThat(VideoFormat.sniff(mp4)).contains("video/mp4");
    }

    @Test
    void knows_webm_by_its_ebml_header_with_document_type_webm() {
        byte[] webm = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86, (byte) 0x81, 0x01,
                0x42, (byte) 0x82, (byte) 0x84, 'w', 'e', 'b', 'm'};

        assertThat(VideoFormat.sniff(webm)).contains("video/webm");
    }

    @Test
    void refuses_matroska_that_is_not_webm() {
        byte[] mkv = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x82, (byte) 0x88, 'm', 'a', 't',
                'r', 'o', 's', 'k', 'a'};

        assertThat(VideoFormat.sniff(mkv)).isEmpty();
    }

    @Test
    void refuses_svg_html_and_whatever_the_name_claims() {
        assertThat(VideoFormat.sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(VideoFormat.sniff("<!DOCTYPE html><video>ftyp</video>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(VideoFormat.sniff(new byte[0])).isEmpty();
    }
}
