package de.offenekommune.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestHttp;

@IntegrationTest
class PlatformWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestHttp http;

    @Test
    void start_page_speaks_german_by_default() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"de\">")))
                .andExpect(content().string(containsString("Zum Inhalt springen")));
    }

    @Test
    void english_is_chosen_by_parameter_and_remembered_in_a_cookie() throws Exception {
        mvc.perform(get("/").param("lang", "en").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(cookie().value("ok_lang", "en"));
    }

    @Test
    void english_browsers_get_english_and_other_languages_german() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.8").accept(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<html lang=\"en\">")));
        mvc.perform(get("/").header("Accept-Language", "fr-FR,fr;q=0.9").accept(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<html lang=\"de\">")));
        mvc.perform(get("/").param("lang", "xx").accept(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<html lang=\"de\">")));
    }

    @Test
    void pages_carry_a_strict_content_security_policy_and_security_headers() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void unknown_pages_get_a_friendly_german_404_page() {
        var response = http.get("/gibt-es-nicht", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("Seite nicht gefunden").contains("href=\"/\"").doesNotContain("Exception");
    }

    @Test
    void machines_get_problem_json_for_unknown_paths() {
        var response = http.get("/gibt-es-nicht", "application/json");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":404").doesNotContain("trace");
    }

    @Test
    void static_assets_are_fingerprinted_and_cached_for_a_year() throws Exception {
        String page = mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"").matcher(page);
        org.assertj.core.api.Assertions.assertThat(css.find()).as("fingerprinted stylesheet link").isTrue();
        mvc.perform(get(css.group(1)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
    }
}
