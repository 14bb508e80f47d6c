package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;

/**
 * Watches everything the pages of one browser context do and remembers what the platform promises
 * never happens: a request to any host but this machine (such requests are also blocked, so nothing
 * leaves), a console error, a Content Security Policy violation, an uncaught script error, or a
 * stylesheet, font or image of the app itself that fails to load.
 */
final class PageGuard {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");
    private static final Set<String> LOCAL_SCHEMES = Set.of("data", "blob", "about");
    /** A navigation that replaces a page cancels its pending requests; that is not a broken resource. */
    private static final String ABORTED_BY_NAVIGATION = "net::ERR_ABORTED";
    private static final Pattern SCHEME_AND_HOST =
            Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):(?://(?:[^@/?#]*@)?(\\[[^\\]]*\\]|[^:/?#]*))?");
    private static final String CSP_BINDING = "__okReportCspViolation";

    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    PageGuard(BrowserContext context) {
        context.route(url -> !isLocal(url), route -> route.abort("blockedbyclient"));
        context.onRequest(this::recordRequest);
        context.onResponse(this::checkResponse);
        context.onRequestFailed(this::checkFailure);
        context.onConsoleMessage(this::checkConsole);
        context.onWebError(error -> problems.add("uncaught script error: " + error.error()));
        // The console already reports CSP violations; the DOM event catches them even if the wording changes.
        context.exposeBinding(CSP_BINDING, (source, args) -> {
            problems.add("CSP violation: " + args[0] + " blocked " + args[1] + " on " + args[2]);
            return null;
        });
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => window."
                + CSP_BINDING + "(e.violatedDirective, e.blockedURI || 'inline', e.documentURI));");
    }

    /** Whether loading {@code url} stays on this machine; no URL parser, as a browser accepts more than java.net.URI. */
    static boolean isLocal(String url) {
        Matcher matcher = SCHEME_AND_HOST.matcher(url);
        if (!matcher.find()) {
            return false;
        }
        String scheme = matcher.group(1).toLowerCase(Locale.ROOT);
        String host = matcher.group(2) == null ? "" : matcher.group(2).toLowerCase(Locale.ROOT);
        return LOCAL_SCHEMES.contains(scheme) || LOCAL_HOSTS.contains(host);
    }

    /** Every URL the pages requested so far, in order. */
    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    int problemCount() {
        return problems.size();
    }

    /** Returns what went wrong so far and forgets it; for tests that provoke problems on purpose. */
    List<String> takeProblems() {
        synchronized (problems) {
            List<String> taken = List.copyOf(problems);
            problems.clear();
            return taken;
        }
    }

    void assertNothingWentWrong() {
        List<String> found = takeProblems();
        assertThat(found)
                .withFailMessage(() -> "The pages did what the platform promises never happens:%n  - %s"
                        .formatted(String.join("%n  - ".formatted(), found)))
                .isEmpty();
    }

    private void recordRequest(Request request) {
        requests.add(request.url());
        if (!isLocal(request.url())) {
            problems.add("third-party request: " + request.method() + " " + request.url());
        }
    }

    private void checkResponse(Response response) {
        // A page answered with 401 or 422 on purpose is the test's business; its own resources must load.
        if (response.status() >= 400 && !response.request().isNavigationRequest()) {
            problems.add("resource failed: " + response.status() + " " + response.url());
        }
    }

    private void checkFailure(Request request) {
        String error = request.failure();
        if (isLocal(request.url()) && !ABORTED_BY_NAVIGATION.equals(error)) {
            problems.add("request failed: " + request.url() + " (" + error + ")");
        }
    }

    private void checkConsole(ConsoleMessage message) {
        String text = message.text();
        if (text.contains("Content Security Policy")) {
            problems.add("CSP violation (console): " + text + " at " + message.location());
        } else if ("error".equals(message.type()) && !isStatusOfAPage(message)) {
            problems.add("console error: " + text + " at " + message.location());
        }
    }

    /**
     * Chromium logs "Failed to load resource: … status of 422" for a page answered with an error
     * status, e.g. a form shown again with its errors. Failing sub-resources are caught by
     * {@link #checkResponse}.
     */
    private static boolean isStatusOfAPage(ConsoleMessage message) {
        return message.text().startsWith("Failed to load resource: the server responded with a status of")
                && message.page() != null && message.location() != null
                && message.location().startsWith(message.page().url());
    }
}
