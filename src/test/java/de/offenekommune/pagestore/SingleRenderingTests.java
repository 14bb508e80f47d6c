package de.offenekommune.pagestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
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

import de.offenekommune.pagestore.internal.KeptPageAnswers;
import de.offenekommune.pagestore.internal.RenderedPageFilter;
import de.offenekommune.pagestore.internal.RenderedPages;
import de.offenekommune.platform.database.DatabaseReachability;
import de.offenekommune.platform.web.FreshValues;
import de.offenekommune.platform.web.PublicCaching;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;

/**
 * When a page is not kept (after a change, or when its minute ends), the first request renders it and
 * the requests for the same page that arrive meanwhile wait for that one, instead of all rendering it.
 */
class SingleRenderingTests {

    private final AtomicInteger renders = new AtomicInteger();
    private final CountDownLatch rendering = new CountDownLatch(1);
    private final CountDownLatch finish = new CountDownLatch(1);
    private RenderedPageFilter filter;
    private PublicCaching caching;

    @BeforeEach
    void filter() {
        RenderedPages pages = new RenderedPages(Clock.systemUTC(), 1 << 20);
        pages.signalled(true);
        @SuppressWarnings("unchecked")
        ObjectProvider<BuildProperties> build = mock(ObjectProvider.class);
        caching = new PublicCaching(build, false, Duration.ZERO);
        filter = new RenderedPageFilter(pages, caching,
                new KeptPageAnswers(new AcceptHeaderLocaleResolver(), new FreshValues(List.of())), new DatabaseReachability());
    }

    /** A controller that takes until the test lets it finish, for a page it marks as keepable. */
    private final FilterChain slowPage = (request, response) -> {
        renders.incrementAndGet();
        rendering.countDown();
        try {
            finish.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        caching.keepRendered((HttpServletRequest) request);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write("<p>Alle kommenden Veranstaltungen</p>".getBytes(StandardCharsets.UTF_8));
    };

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

    private void get(MockHttpServletResponse response) {
        try {
            filter.doFilter(request(), response, slowPage);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/events");
        request.addHeader("Accept", "text/html");
        return request;
    }
}
