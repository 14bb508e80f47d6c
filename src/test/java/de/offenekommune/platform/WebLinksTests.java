package de.offenekommune.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebLinksTests {

    @ParameterizedTest
    @CsvSource({
            "https://www.oknrw.de, https://www.oknrw.de",
            "http://www.oknrw.de/tagung?jahr=2013#programm, http://www.oknrw.de/tagung?jahr=2013#programm",
            "www.oknrw.de, https://www.oknrw.de",
            "  twitter.com/OKNRW  , https://twitter.com/OKNRW",
            "HTTPS://www.facebook.com/events/oknrw2013, HTTPS://www.facebook.com/events/oknrw2013",
            "https://www.oknrw.de/Bürger, https://www.oknrw.de/B%C3%BCrger",
            "https://Bürgerhaushalt-Köln.de/vorschläge, https://bürgerhaushalt-köln.de/vorschl%C3%A4ge",
            "https://straßenfest.de:8443/2026, https://straßenfest.de:8443/2026"})
    void accepts_web_addresses_and_adds_https_to_bare_host_names(String input, String normalized) {
        assertThat(WebLinks.normalize(input)).hasValue(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)",
            "JavaScript:alert(document.cookie)",
            " javascript://www.oknrw.de/%0aalert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "mailto:info@oknrw.de",
            "ftp://ftp.oknrw.de/programm.pdf",
            "file:///etc/passwd",
            "https://",
            "https:///tagung",
            "https://localhost/tagung",
            "http://intranet/tagung",
            "https://nutzer:geheim@www.oknrw.de",
            "https://www.oknrw.de@evil.example",
            "https://www.oknrw.de/\"><script>alert(1)</script>",
            "tagung",
            "//www.oknrw.de",
            "https://bürger\u202Ehaushalt.de",
            "https://bürger\u200Bhaushalt.de",
            "https://exa mple.de"})
    void rejects_everything_but_http_and_https_to_a_real_host(String input) {
        assertThat(WebLinks.normalize(input)).isEmpty();
    }

    @Test
    void rejects_blank_and_overlong_input() {
        assertThat(WebLinks.normalize(null)).isEmpty();
        assertThat(WebLinks.normalize("   ")).isEmpty();
        assertThat(WebLinks.normalize("https://www.oknrw.de/" + "a".repeat(WebLinks.MAX_LENGTH))).isEmpty();
    }

    @Test
    void check_records_an_unusable_link_under_its_field() {
        Violations violations = new Violations();

        assertThat(WebLinks.check(violations, "websiteUrl", "javascript:alert(1)")).isNull();
        assertThat(WebLinks.check(violations, "onlineUrl", "")).isNull();
        assertThat(WebLinks.check(violations, "links[0].url", "www.oknrw.de")).isEqualTo("https://www.oknrw.de");

        assertThat(violations.list()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("websiteUrl");
            assertThat(violation.code()).isEqualTo("WebLink");
        });
    }
}
