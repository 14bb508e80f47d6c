package de.offenekommune.pagestore.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestHttp;
import de.offenekommune.Visitor;
import de.offenekommune.event.Event;
import de.offenekommune.registration.RegistrationFixtures;

/**
 * Kept pages answered before the filter chain ({@link KeptPageShortcut}): with exactly the headers the chain
 * gives them, per page (the embeddable list keeps its own framing rules), with a CSRF token that Spring
 * Security accepts, and never for a request that carries a session cookie.
 */
@IntegrationTest
class KeptPageShortcutTests {

    /** Headers that differ between any two responses. */
    private static final Set<String> PER_RESPONSE = Set.of("x-request-id", "date", "set-cookie", "content-length");

    @Autowired
    TestHttp http;
    @Autowired
    RenderedPages pages;
    @Autowired
    ApplicationContext context;

    RegistrationFixtures fixtures;

    @BeforeEach
    void listening_for_changes() {
        fixtures = new RegistrationFixtures(context);
        await().atMost(Duration.ofSeconds(30)).until(pages::isSignalled);
    }

    @Test
    void a_kept_event_page_is_answered_before_the_chain_with_the_chains_headers_and_a_token_it_accepts() {
        // GIVEN a kept event page with a registration form
        Event event = fixtures.publishedEvent(fixtures.organizer(), 10);
        String path = "/events/" + event.slug();

        // WHEN a new visitor opens it
        Answers answers = keptThenAnsweredEarly(path, visitor -> visitor.get(path));

        // THEN it is answered before the chain, with the same headers and its own token and cookie
        HttpResponse<String> answered = answers.early();
        assertThat(headers(answered)).isEqualTo(headers(answers.downTheChain()));
        assertThat(answered.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(answered.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(answered.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        Visitor visitor = answers.visitor();
        assertThat(visitor.cookie("ok_csrf")).isNotBlank();
        assertThat(answered.body()).contains(event.details().title()).doesNotContain("okcsrf");

        // AND the same visitor keeps their cookie, and Spring Security accepts the token for the form
        HttpResponse<String> again = visitor.get(path);
        assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> registered = visitor.post(path + "/registration", Map.of(
                "_csrf", Visitor.csrfToken(again.body()), "name", "Person Früh",
                "email", RegistrationFixtures.email("frueh"), "consent", "true", "submission", "early-1"));
        assertThat(registered.statusCode()).as(visitor.history().toString()).isEqualTo(303);
    }

    @Test
    void a_browser_that_says_where_requests_come_from_gets_no_token_nor_cookie_and_only_its_own_forms_count() {
        // GIVEN a kept event page with a registration form
        Event event = fixtures.publishedEvent(fixtures.organizer(), 10);
        String path = "/events/" + event.slug();

        // WHEN a new visitor whose browser sends Fetch Metadata opens it
        Answers answers = keptThenAnsweredEarly(path, visitor -> visitor.reportingFetchSite().get(path));

        // THEN it is answered before the chain, the same page for everyone: no token, no cookie
        HttpResponse<String> answered = answers.early();
        assertThat(answered.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(Jsoup.parse(answered.body()).select("form[method=post] input[name=_csrf]"))
                .isNotEmpty().allSatisfy(field -> assertThat(field.val()).isEmpty());

        // AND its form, sent from this site, counts
        Visitor visitor = answers.visitor();
        String email = RegistrationFixtures.email("ohne-keks");
        Map<String, String> form = Map.of("_csrf", "", "name", "Person Ohne Keks", "email", email,
                "consent", "true", "submission", "fetch-1");
        assertThat(visitor.post(path + "/registration", form).statusCode()).as(visitor.history().toString())
                .isEqualTo(303);
        assertThat(fixtures.registration(email).name()).isEqualTo("Person Ohne Keks");
        assertThat(visitor.cookie("ok_csrf")).isNull();

        // BUT the same form from another site, a sibling subdomain or a client that says nothing is refused
        for (String elsewhere : new String[] {"cross-site", "same-site", "none", null}) {
            Map<String, String> forged = new HashMap<>(form);
            forged.put("email", RegistrationFixtures.email("untergeschoben"));
            forged.put("submission", "forged-" + elsewhere);
            assertThat(new Visitor(http).post(path + "/registration", forged, elsewhere).statusCode())
                    .as("a form that says it comes from %s", elsewhere).isEqualTo(403);
        }
    }

    @Test
    void the_embeddable_list_keeps_its_own_framing_rules_when_answered_before_the_chain() {
        // GIVEN the kept list for other websites' frames, WHEN it is answered before the chain
        Answers answers = keptThenAnsweredEarly("/embed/events", visitor -> visitor.get("/embed/events"));

        // THEN it may still be framed, as down the chain, unlike the site's pages
        HttpResponse<String> answered = answers.early();
        assertThat(headers(answered)).isEqualTo(headers(answers.downTheChain()));
        assertThat(answered.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors *"));
        assertThat(answered.headers().firstValue("X-Frame-Options")).isEmpty();
    }

    @Test
    void the_api_list_keeps_its_cors_headers_and_a_cross_origin_request_takes_the_chain() {
        // GIVEN the kept JSON list of events, WHEN it is answered before the chain
        Function<Visitor, HttpResponse<String>> list = visitor -> visitor.get("/api/v1/events", "application/json");
        Answers answers = keptThenAnsweredEarly(list, list);

        // THEN it varies by origin as down the chain, so no shared cache gives it to a cross-origin script
        assertThat(headers(answers.early())).isEqualTo(headers(answers.downTheChain()));
        assertThat(answers.early().headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Origin"));
        assertThat(answers.early().headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        // AND a script of another site gets the answer with its CORS headers, from the chain
        long early = pages.earlyAnswers();
        HttpResponse<String> crossOrigin = http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/v1/events"))
                .header("Accept", "application/json").header("Origin", "https://www.wuppertal.de").build());
        assertThat(crossOrigin.statusCode()).isEqualTo(200);
        assertThat(crossOrigin.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(pages.earlyAnswers()).isEqualTo(early);
    }

    @Test
    void a_request_with_a_session_cookie_always_takes_the_whole_chain() {
        // GIVEN a kept start page, WHEN a browser that sends a session cookie (one the server does not know)
        // opens it, and then one without
        AtomicLong earlyWithSession = new AtomicLong(-1);
        Answers answers = keptThenAnsweredEarly("/", visitor -> {
            long early = pages.earlyAnswers();
            HttpResponse<String> withSession = new Visitor(http).withCookie("ok_session", "dW5rbm93bg").get("/");
            assertThat(withSession.statusCode()).isEqualTo(200);
            earlyWithSession.set(pages.earlyAnswers() - early);
            return visitor.get("/");
        });

        // THEN the chain answered the first, while the page was ready for the second
        assertThat(answers.early().statusCode()).isEqualTo(200);
        assertThat(earlyWithSession).hasValue(0);
    }

    @Test
    void a_head_request_gets_the_headers_of_the_get_and_no_body() {
        // GIVEN a kept start page, WHEN it is asked for with HEAD
        Answers answers = keptThenAnsweredEarly("/", visitor -> http.send(
                HttpRequest.newBuilder(URI.create(http.baseUrl() + "/"))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", "text/html").build()));

        // THEN the answer comes before the chain with the GET's headers and no body
        HttpResponse<String> head = answers.early();
        assertThat(head.body()).isEmpty();
        assertThat(headers(head)).isEqualTo(headers(answers.downTheChain()));
        assertThat(head.headers().firstValue("Content-Length"))
                .isEqualTo(answers.downTheChain().headers().firstValue("Content-Length"));
    }

    /** The answer of the rendering that kept a page (down the whole chain), and then one answered before it. */
    private record Answers(HttpResponse<String> downTheChain, Visitor visitor, HttpResponse<String> early) {
    }

    /**
     * Renders the page until it is kept (which notes the chain's headers on it), then asks as {@code ask} says,
     * with a new visitor, until that is answered before the chain. The signals of commits, also of earlier
     * tests, arrive asynchronously and may empty the store in between: then it starts again.
     */
    private Answers keptThenAnsweredEarly(String path, Function<Visitor, HttpResponse<String>> ask) {
        return keptThenAnsweredEarly(visitor -> visitor.get(path), ask);
    }

    private Answers keptThenAnsweredEarly(Function<Visitor, HttpResponse<String>> render,
            Function<Visitor, HttpResponse<String>> ask) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            pages.clear();
            HttpResponse<String> rendered = render.apply(new Visitor(http));
            long early = pages.earlyAnswers();
            Visitor visitor = new Visitor(http);
            HttpResponse<String> answered = ask.apply(visitor);
            return pages.earlyAnswers() == early + 1 ? new Answers(rendered, visitor, answered) : null;
        }, Objects::nonNull);
    }

    /** Every header but those that differ per response, names in lower case, values in order. */
    private static Map<String, List<String>> headers(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!PER_RESPONSE.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                headers.put(name.toLowerCase(Locale.ROOT), values);
            }
        });
        return headers;
    }
}
