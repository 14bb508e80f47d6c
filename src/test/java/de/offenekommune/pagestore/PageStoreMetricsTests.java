package de.offenekommune.pagestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestHttp;
import de.offenekommune.Visitor;
import de.offenekommune.pagestore.internal.RenderedPages;
import io.micrometer.core.instrument.MeterRegistry;

/** The store's hits and misses are counted, and published as the {@code kept-pages} cache metrics. */
@IntegrationTest
class PageStoreMetricsTests {

    @Autowired
    TestHttp http;
    @Autowired
    RenderedPages pages;
    @Autowired
    MeterRegistry registry;

    @Test
    void a_page_served_from_the_store_counts_as_hit_and_one_rendered_as_miss() {
        await().atMost(Duration.ofSeconds(30)).until(pages::isSignalled);
        long hits = pages.stats().hitCount();
        long misses = pages.stats().missCount();

        // The signals of commits of other tests arrive asynchronously and may empty the store once more:
        // then the page is rendered again.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            pages.clear();
            new Visitor(http).get("/");
            new Visitor(http).get("/");
            assertThat(pages.stats().hitCount()).isGreaterThan(hits);
        });

        assertThat(pages.stats().missCount()).isGreaterThan(misses);
        assertThat(registry.get("cache.gets").tag("cache", "kept-pages").tag("result", "hit").functionCounter().count())
                .isEqualTo(pages.stats().hitCount());
    }
}
