package de.offenekommune.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The build copies only the font files the KERN font stylesheet declares; every face it names must be
 * shipped, or browsers fall back to a system font for that weight.
 */
class ShippedFontsTests {

    private static final Pattern FONT_URL = Pattern.compile("url\\(\"\\./([^\"]+)\"\\)");

    @Test
    void every_font_face_of_the_stylesheet_is_shipped() throws IOException {
        String css = read("static/vendor/kern/fonts/fira-sans.css");
        List<String> files = FONT_URL.matcher(css).results().map(match -> match.group(1)).toList();

        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        assertThat(files)
                .allSatisfy(file -> assertThat(new ClassPathResource("static/vendor/kern/fonts/" + file).exists())
                        .as(file)
                        .isTrue());
    }

    @Test
    void fonts_the_pages_do_not_use_are_left_out() {
        assertThat(new ClassPathResource("static/vendor/kern/fonts/noto-sans.css").exists()).isFalse();
        assertThat(new ClassPathResource("static/vendor/kern/fonts/fira-sans/FiraSans-Hair.woff2").exists())
                .isFalse();
    }

    private static String read(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
