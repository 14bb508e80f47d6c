package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which addresses the {@link PageGuard} lets pass: this machine only, by name or loopback address. */
@Tag("browser")
class PageGuardAddressTests {

    @ParameterizedTest
    @CsvSource({
            "http://localhost:8080/events, true",
            "HTTP://LOCALHOST/, true",
            "http://127.0.0.1:9/x?y=1#z, true",
            "'data:font/woff2;base64,AAAA', true",
            "about:blank, true",
            "blob:http://localhost:8080/0b5c, true",
            "https://fonts.googleapis.com/css?family=Fira+Sans, false",
            "http://localhost.evil.example/, false",
            "http://localhost@evil.example/, false",
            "http://127.0.0.1.nip.io/, false",
            "https://tracker.example/pixel gif|x, false"})
    void tells_local_from_third_party_addresses(String url, boolean local) {
        assertThat(PageGuard.isLocal(url)).isEqualTo(local);
    }
}
