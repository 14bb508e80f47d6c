package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

/**
 * The guard must catch what it promises to catch, or the browser tests prove nothing. Pages here
 * are served by the browser's request interception; no application and no network is involved.
 */
@Tag("browser")
@ExtendWith(BrowserPages.class)
class PageGuardTests {

    private static final String PAGE = "http://localhost:9/guard-test";
    private static final String STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";

    @Test
    void reports_and_blocks_requests_to_third_party_hosts(Page page, PageGuard guard) {
        // GIVEN
        serve(page, 200, null, "<img alt='' src='https://tracker.example/pixel.gif'>");

        List<String> failures = new ArrayList<>();
        page.onRequestFailed(request -> failures.add(request.url() + " " + request.failure()));

        // WHEN
        page.navigate(PAGE);
        page.waitForCondition(() -> !failures.isEmpty());

        // THEN
        assertThat(failures).singleElement(as(InstanceOfAssertFactories.STRING))
                .startsWith("https://tracker.example/pixel.gif net::ERR_BLOCKED_BY_CLIENT");
        assertThat(guard.takeProblems()).contains("third-party request: GET https://tracker.example/pixel.gif");
    }

    @Test
    void reports_console_errors_and_uncaught_script_errors(Page page, PageGuard guard) {
        // GIVEN
        serve(page, 200, null, "<script src='/broken.js'></script>");
        page.route("**/broken.js", route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("text/javascript").setBody("console.error('kaputt'); throw new Error('auch kaputt');")));

        // WHEN
        page.navigate(PAGE);

        // THEN
        assertThat(guard.takeProblems())
                .anySatisfy(problem -> assertThat(problem).startsWith("console error: kaputt"))
                .anySatisfy(problem -> assertThat(problem).contains("uncaught script error", "auch kaputt"));
    }

    @Test
    void reports_content_security_policy_violations(Page page, PageGuard guard) {
        // GIVEN
        serve(page, 200, STRICT_POLICY, "<p style='color: red'>inline style</p><script>document.title = 'x'</script>");

        // WHEN
        page.navigate(PAGE);
        // The page reports violations to the guard asynchronously.
        page.waitForCondition(() -> guard.problemCount() >= 4);

        // THEN
        assertThat(guard.takeProblems())
                .anySatisfy(problem -> assertThat(problem).startsWith("CSP violation: style-src-attr blocked inline"))
                .anySatisfy(problem -> assertThat(problem).startsWith("CSP violation: script-src-elem blocked inline"))
                .anySatisfy(problem -> assertThat(problem).startsWith("CSP violation (console):"));
    }

    @Test
    void reports_stylesheets_of_the_app_that_fail_to_load(Page page, PageGuard guard) {
        // GIVEN
        serve(page, 200, null, "<link rel='stylesheet' href='/missing.css'>");
        page.route("**/missing.css", route -> route.fulfill(new Route.FulfillOptions().setStatus(404)));

        // WHEN
        page.navigate(PAGE);

        // THEN
        assertThat(guard.takeProblems()).contains("resource failed: 404 http://localhost:9/missing.css");
    }

    @Test
    void accepts_a_page_answered_with_an_error_status_on_purpose(Page page, PageGuard guard) {
        // GIVEN
        serve(page, 422, STRICT_POLICY, "<p>Bitte prüfen Sie die markierten Felder.</p>");

        // WHEN
        page.navigate(PAGE);

        // THEN
        assertThat(guard.takeProblems()).isEmpty();
        assertThat(guard.requests()).containsExactly(PAGE);
    }

    private static void serve(Page page, int status, String policy, String body) {
        page.route(PAGE, route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(status)
                .setHeaders(policy == null ? Map.of() : Map.of("Content-Security-Policy", policy))
                .setContentType("text/html; charset=utf-8")
                .setBody("<!DOCTYPE html><html lang='de'><head><title>Test</title></head><body>" + body + "</body></html>")));
    }
}
