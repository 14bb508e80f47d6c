package de.offenekommune.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;

/** Which requests must carry a CSRF token, and which pages carry one. */
class VisitorCsrfTokensTests {

    private final VisitorCsrfTokens tokens = new VisitorCsrfTokens(true);

    @ParameterizedTest(name = "{0} saying it comes from {1}: token required {2}")
    @CsvSource(nullValues = "-", value = {
            "POST, same-origin, false",
            "POST, same-site, true",
            "POST, cross-site, true",
            "POST, none, true",
            "POST, -, true",
            "DELETE, cross-site, true",
            "DELETE, same-origin, false",
            "GET, cross-site, false",
            "GET, -, false"})
    void a_token_is_required_for_changes_unless_the_browser_says_they_come_from_this_site(String method,
            String fetchSite, boolean required) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/events/tagung/registration");
        if (fetchSite != null) {
            request.addHeader("Sec-Fetch-Site", fetchSite);
        }

        assertThat(tokens.requiresToken().matches(request)).isEqualTo(required);
    }

    @Test
    void a_browser_with_fetch_metadata_gets_no_token_and_no_cookie_others_a_masked_one_with_its_cookie() {
        MockHttpServletRequest browser = new MockHttpServletRequest("GET", "/events/tagung");
        browser.addHeader("Sec-Fetch-Site", "none");
        MockHttpServletResponse toBrowser = new MockHttpServletResponse();

        assertThat(tokens.maskedToken(browser, toBrowser)).isEmpty();
        assertThat(toBrowser.getCookies()).isEmpty();

        MockHttpServletResponse toOther = new MockHttpServletResponse();
        String masked = tokens.maskedToken(new MockHttpServletRequest("GET", "/events/tagung"), toOther);
        assertThat(masked).isNotBlank();
        assertThat(toOther.getCookie("ok_csrf")).satisfies(cookie -> {
            assertThat(cookie.getValue()).isNotBlank().isNotEqualTo(masked);
            assertThat(cookie.isHttpOnly()).isTrue();
            assertThat(cookie.getSecure()).isTrue();
        });
    }

    @Test
    void spring_securitys_check_sets_no_cookie_for_a_browser_with_fetch_metadata_but_may_delete_one() {
        MockHttpServletRequest refused = new MockHttpServletRequest("POST", "/events/tagung/registration");
        refused.addHeader("Sec-Fetch-Site", "cross-site");
        MockHttpServletResponse response = new MockHttpServletResponse();

        tokens.repository().saveToken(tokens.repository().generateToken(refused), refused, response);
        assertThat(response.getCookies()).isEmpty();

        tokens.repository().saveToken(null, refused, response);
        assertThat(response.getCookie("ok_csrf")).satisfies(cookie -> assertThat(cookie.getMaxAge()).isZero());

        MockHttpServletRequest old = new MockHttpServletRequest("POST", "/events/tagung/registration");
        MockHttpServletResponse toOld = new MockHttpServletResponse();
        tokens.repository().saveToken(tokens.repository().generateToken(old), old, toOld);
        assertThat(toOld.getCookie("ok_csrf")).isNotNull();
    }

    @Test
    void spring_securitys_chain_hands_pages_a_token_only_where_the_browser_needs_one() {
        MockHttpServletRequest browser = new MockHttpServletRequest("GET", "/login");
        browser.addHeader("Sec-Fetch-Site", "same-origin");
        MockHttpServletRequest old = new MockHttpServletRequest("GET", "/login");
        CsrfToken token = tokens.repository().generateToken(old);

        tokens.requestHandler().handle(browser, new MockHttpServletResponse(), () -> token);
        tokens.requestHandler().handle(old, new MockHttpServletResponse(), () -> token);

        assertThat(browser.getAttribute(CsrfToken.class.getName())).isNull();
        assertThat(old.getAttribute(CsrfToken.class.getName())).isInstanceOfSatisfying(CsrfToken.class,
                masked -> assertThat(masked.getToken()).isNotBlank().isNotEqualTo(token.getToken()));
    }
}
