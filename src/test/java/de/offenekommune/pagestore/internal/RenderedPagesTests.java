package de.offenekommune.pagestore.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.TestHttp;
import de.offenekommune.Visitor;
import de.offenekommune.event.Event;
import de.offenekommune.registration.RegistrationFixtures;

/**
 * The store of rendered public pages over real HTTP: it is used, every change shows at the next request
 * (also a change committed by another application copy, which only PostgreSQL tells about), signed-in
 * users never meet it, and each visitor's forms carry their own CSRF token.
 */
@IntegrationTest
class RenderedPagesTests {

    @Autowired
    TestHttp http;
    @Autowired
    RenderedPages pages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestFixtures testFixtures;
    @Autowired
    ApplicationContext context;

    RegistrationFixtures fixtures;

    @BeforeEach
    void listening_for_changes() {
        fixtures = new RegistrationFixtures(context);
        await().atMost(Duration.ofSeconds(30)).until(pages::isSignalled);
    }

    @Test
    void an_event_page_is_kept_and_a_registration_shows_at_the_next_request() {
        // GIVEN an event page that an anonymous visitor has seen
        Event event = fixtures.publishedEvent(fixtures.organizer(), 2);
        String path = "/events/" + event.slug();
        kept(path);
        Visitor first = new Visitor(http);
        assertThat(first.get(path).body()).contains("Noch 2 von 2 Plätzen frei.");

        // WHEN someone registers through the page's form
        HttpResponse<String> registered = first.post(path + "/registration", registration(first.get(path).body(), "eins"));

        // THEN the next visitor sees one place less
        assertThat(registered.statusCode()).as(first.history().toString()).isEqualTo(303);
        assertThat(new Visitor(http).get(path).body()).contains("Noch 1 von 2 Plätzen frei.");
    }

    @Test
    void a_change_committed_by_another_copy_reaches_this_one_through_postgresql() {
        // GIVEN a kept event page
        Event event = fixtures.publishedEvent(fixtures.organizer(), 10);
        String path = "/events/" + event.slug();
        kept(path);
        assertThat(new Visitor(http).get(path).body()).contains(event.details().title());

        // WHEN the title changes outside this copy's transactions, as a write of another copy would
        String title = "Geändert " + TestFixtures.unique();
        jdbc.sql("update event set title = :title where id = :id").param("title", title).param("id", event.id().value())
                .update();

        // THEN this copy hears of it and shows the new title
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(new Visitor(http).get(path).body()).contains(title));
    }

    @Test
    void a_signed_in_user_neither_gets_nor_leaves_a_kept_page() {
        // GIVEN a signed-in organizer
        TestUser user = testFixtures.organizer(testFixtures.organization());
        Visitor signedIn = new Visitor(http);
        signedIn.login(user.email(), user.password());
        pages.clear();

        // WHEN they open the start page, THEN it is theirs and nothing is kept
        HttpResponse<String> own = signedIn.get("/");
        assertThat(own.body()).contains("action=\"/logout\"");
        assertThat(own.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(pages.size()).isZero();

        // AND a page kept for an anonymous visitor is not served to them
        kept("/");
        assertThat(new Visitor(http).get("/").body()).doesNotContain("action=\"/logout\"");
        assertThat(signedIn.get("/").body()).contains("action=\"/logout\"");

        // AND their requests (whose sessions are read and saved in transactions) leave kept pages in place
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            kept("/");
            assertThat(signedIn.get("/manage/events").statusCode()).isEqualTo(200);
            assertThat(pages.size()).isEqualTo(1);
        });
    }

    @Test
    void every_visitor_gets_their_own_csrf_token_in_a_kept_page() {
        // GIVEN a kept event page with a registration form
        Event event = fixtures.publishedEvent(fixtures.organizer(), 10);
        String path = "/events/" + event.slug();
        kept(path);
        Visitor alice = new Visitor(http);
        Visitor bob = new Visitor(http);

        // WHEN two visitors open it
        HttpResponse<String> alicePage = alice.get(path);
        HttpResponse<String> bobPage = bob.get(path);

        // THEN each has a token of their own, bound to their own cookie, and the page is not for shared caches
        String aliceToken = Visitor.csrfToken(alicePage.body());
        assertThat(Visitor.csrfToken(bobPage.body())).isNotEqualTo(aliceToken);
        assertThat(bobPage.body()).doesNotContain("okcsrf");
        assertThat(bob.cookie("ok_csrf")).isNotNull().isNotEqualTo(alice.cookie("ok_csrf"));
        assertThat(bobPage.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        Map<String, String> withAlicesToken = registration(alicePage.body(), "bob");
        assertThat(bob.post(path + "/registration", withAlicesToken).statusCode()).isEqualTo(403);
        assertThat(bob.post(path + "/registration", registration(bobPage.body(), "bob")).statusCode()).isEqualTo(303);
    }

    @Test
    void a_kept_page_is_sent_compressed_with_the_visitors_token() throws IOException {
        // GIVEN a kept event page with a form
        Event event = fixtures.publishedEvent(fixtures.organizer(), 10);
        String path = "/events/" + event.slug();
        kept(path);

        // WHEN a browser that accepts gzip asks for it
        HttpResponse<byte[]> response = bytes(HttpRequest.newBuilder(URI.create(http.baseUrl() + path))
                .header("Accept", "text/html").header("Accept-Encoding", "gzip, deflate").build());

        // THEN the body is gzip and holds the token of the cookie it came with
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie).startsWith("ok_csrf="));
        String html = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(html).contains(event.details().title()).contains("</html>");
        assertThat(Visitor.csrfToken(html)).isNotBlank().doesNotContain("okcsrf");
    }

    @Test
    void the_comment_forms_time_stamp_in_a_kept_page_is_as_new_as_the_response() {
        // GIVEN a kept event page with the comment form
        Event event = fixtures.publishedEvent(fixtures.organizer(), 10);
        String path = "/events/" + event.slug();
        kept(path);

        // WHEN someone opens it later
        long before = System.currentTimeMillis();
        String page = new Visitor(http).get(path).body();

        // THEN the form's stamp says it was shown now, not when the page was rendered
        String stamp = Jsoup.parse(page).select("input[name=commentStamp]").attr("value");
        assertThat(stamp).contains(".").doesNotContain("okcsrf");
        assertThat(Long.parseLong(stamp.substring(0, stamp.indexOf('.')), 36)).isGreaterThanOrEqualTo(before);
    }

    /**
     * Visits the page until it is kept: the signal of the commit that made the test data arrives
     * asynchronously and may empty the store once more.
     */
    private void kept(String path) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            pages.clear();
            new Visitor(http).get(path);
            assertThat(pages.size()).isEqualTo(1);
        });
    }

    private Map<String, String> registration(String page, String name) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", Visitor.csrfToken(page));
        fields.put("name", "Person " + name);
        fields.put("email", RegistrationFixtures.email(name));
        fields.put("consent", "true");
        fields.put("submission", TestFixtures.unique());
        return fields;
    }

    private static HttpResponse<byte[]> bytes(HttpRequest request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
