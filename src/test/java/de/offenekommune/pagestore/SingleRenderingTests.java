package de.offenekommune.pagestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import de.offenekommune.TestClock;
import de.offenekommune.pagestore.internal.KeptPageAnswers;
import de.offenekommune.pagestore.internal.RenderedPageFilter;
import de.offenekommune.pagestore.internal.RenderedPages;
import de.offenekommune.platform.database.DatabaseReachability;
import de.offenekommune.platform.web.FreshValues;
import de.offenekommune.platform.web.VisitorCsrfTokens;
import de.offenekommune.platform.web.PublicCaching;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

/**
 * When a page is not kept (after a change), the first request renders it and the requests for the same page
 * that arrive meanwhile wait for that one, instead of all rendering it. When a page's minute ends, they get
 * the page of the minute before while the first request renders it anew.
 */
class SingleRenderingTests {

    private final AtomicInteger renders = new AtomicInteger();
    private final CountDownLatch rendering = new CountDownLatch(1);
    private final CountDownLatch finish = new CountDownLatch(1);
    private final TestClock clock = new TestClock();
    private RenderedPages pages;
    private RenderedPageFilter filter;
    private PublicCaching caching;

    @BeforeEach
    void filter() {
        clock.set(Instant.parse("2026-12-06T12:00:30Z"));
        pages = new RenderedPages(clock, 1 << 20);
        pages.signalled(true);
        @SuppressWarnings("unchecked")
        ObjectProvider<BuildProperties> build = mock(ObjectProvider.class);
        caching = new PublicCaching(build, false, Duration.ZERO);
        filter = new RenderedPageFilter(pages, caching,
                new KeptPageAnswers(new AcceptHeaderLocaleResolver(), new FreshValues(List.of()),
                        new VisitorCsrfTokens(false)), new DatabaseReachability());
    }

    /** A controller that takes until the test lets it finish, for a page it marks as keepable. */
    private final FilterChain slowPage = (request, response) -> {
        renders.incrementAndGet();
        keepable(request, response, true, "<p>Alle kommenden Veranstaltungen</p>");
    };

    /** Renders "Stand n" for its n-th rendering; from the second on it takes until the test lets it finish. */
    private final FilterChain versionedPage = (request, response) -> {
        int version = renders.incrementAndGet();
        keepable(request, response, version > 1, "<p>Stand " + version + "</p>");
    };

    private void keepable(ServletRequest request, ServletResponse response, boolean slow, String body)
            throws IOException {
        if (slow) {
            rendering.countDown();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        caching.keepRendered((HttpServletRequest) request);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void requests_for_a_page_being_rendered_wait_for_it_instead_of_rendering_it_again() throws Exception {
        MockHttpServletResponse first = new MockHttpServletResponse();
        MockHttpServletResponse second = new MockHttpServletResponse();
        Thread firstVisitor = new Thread(() -> get(first));
        Thread secondVisitor = new Thread(() -> get(second));

        firstVisitor.start();
        assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
        secondVisitor.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> secondVisitor.getState() == Thread.State.TIMED_WAITING);
        finish.countDown();
        firstVisitor.join(10_000);
        secondVisitor.join(10_000);

        assertThat(renders).as("rendered once for both").hasValue(1);
        assertThat(second.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>Alle kommenden Veranstaltungen</p>");
        assertThat(first.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(second.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void many_requests_for_a_page_being_rendered_get_it_from_one_rendering() throws Exception {
        // GIVEN one visitor's request rendering a page
        List<MockHttpServletResponse> responses = IntStream.range(0, 8).mapToObj(i -> new MockHttpServletResponse()).toList();
        List<Thread> visitors = responses.stream().map(response -> new Thread(() -> get(response))).toList();
        visitors.get(0).start();
        assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();

        // WHEN seven more ask for it meanwhile
        visitors.subList(1, 8).forEach(Thread::start);
        await().atMost(Duration.ofSeconds(10)).until(() -> visitors.subList(1, 8).stream()
                .allMatch(visitor -> visitor.getState() == Thread.State.TIMED_WAITING));
        finish.countDown();
        for (Thread visitor : visitors) {
            visitor.join(10_000);
        }

        // THEN it was rendered once, and all eight got it
        assertThat(renders).as("rendered once for all").hasValue(1);
        assertThat(responses).allSatisfy(response -> assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("<p>Alle kommenden Veranstaltungen</p>"));
    }

    @Test
    void when_its_minute_ends_the_others_get_the_page_of_the_minute_before_while_one_request_renders_it_anew()
            throws Exception {
        // GIVEN a page kept at 12:00:30, and a request rendering it anew at 12:01:05
        MockHttpServletResponse first = new MockHttpServletResponse();
        Thread firstVisitor = keptThenRenderedAnewAt("2026-12-06T12:01:05Z", first);

        // WHEN others ask for it meanwhile, THEN they get the page of the minute before at once
        assertThat(get(versionedPage)).isEqualTo("<p>Stand 1</p>");
        assertThat(get(versionedPage)).isEqualTo("<p>Stand 1</p>");
        assertThat(firstVisitor.isAlive()).as("still rendering").isTrue();

        // AND once it is rendered, everybody gets the new one
        finish.countDown();
        firstVisitor.join(10_000);
        assertThat(first.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>Stand 2</p>");
        assertThat(get(versionedPage)).isEqualTo("<p>Stand 2</p>");
        assertThat(renders).hasValue(2);
    }

    @Test
    void after_a_change_nobody_gets_the_page_of_before_while_it_is_rendered_anew() throws Exception {
        // GIVEN a page kept at 12:00:30, and a request rendering it anew when its minute has ended
        Thread firstVisitor = keptThenRenderedAnewAt("2026-12-06T12:01:05Z", new MockHttpServletResponse());

        // WHEN something public changes meanwhile
        pages.clear();

        // THEN the next request does not get the page of before but renders its own
        finish.countDown();
        assertThat(get(versionedPage)).isEqualTo("<p>Stand 3</p>");
        firstVisitor.join(10_000);
    }

    @Test
    void a_page_more_than_a_minute_past_its_end_is_not_given_out_while_it_is_rendered_anew() throws Exception {
        // GIVEN a page kept at 12:00:30 (until 12:01), and a request rendering it anew at 12:02:05
        Thread firstVisitor = keptThenRenderedAnewAt("2026-12-06T12:02:05Z", new MockHttpServletResponse());

        // WHEN another asks for it meanwhile
        MockHttpServletResponse second = new MockHttpServletResponse();
        Thread secondVisitor = new Thread(() -> get(second, versionedPage));
        secondVisitor.start();

        // THEN it waits for the new one
        await().atMost(Duration.ofSeconds(10)).until(() -> secondVisitor.getState() == Thread.State.TIMED_WAITING);
        finish.countDown();
        firstVisitor.join(10_000);
        secondVisitor.join(10_000);
        assertThat(second.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>Stand 2</p>");
        assertThat(renders).hasValue(2);
    }

    @Test
    void a_page_that_is_not_kept_is_rendered_by_each_request() throws Exception {
        FilterChain personal = (request, response) -> {
            renders.incrementAndGet();
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write("<p>Ihr Konto</p>".getBytes(StandardCharsets.UTF_8));
        };

        for (int i = 0; i < 3; i++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request(), response, personal);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>Ihr Konto</p>");
        }

        assertThat(renders).hasValue(3);
    }

    /**
     * Keeps the versioned page (rendered at 12:00:30), moves the clock to {@code instant} and starts a visitor
     * whose request renders it anew into {@code response}; returns once that rendering is under way.
     */
    private Thread keptThenRenderedAnewAt(String instant, MockHttpServletResponse response) throws Exception {
        assertThat(get(versionedPage)).isEqualTo("<p>Stand 1</p>");
        clock.set(Instant.parse(instant));
        Thread visitor = new Thread(() -> get(response, versionedPage));
        visitor.start();
        assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
        return visitor;
    }

    private void get(MockHttpServletResponse response) {
        get(response, slowPage);
    }

    private void get(MockHttpServletResponse response, FilterChain page) {
        try {
            filter.doFilter(request(), response, page);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String get(FilterChain page) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        get(response, page);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/events");
        request.addHeader("Accept", "text/html");
        return request;
    }
}
