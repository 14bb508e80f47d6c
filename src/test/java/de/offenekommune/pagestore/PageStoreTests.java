package de.offenekommune.pagestore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.offenekommune.TestClock;
import de.offenekommune.pagestore.internal.RenderedPage;
import de.offenekommune.pagestore.internal.RenderedPages;

/**
 * The store itself: bounded by the bytes its pages hold, fresh until the end of the minute, emptied
 * renderings not kept, hits and misses counted.
 */
class PageStoreTests {

    private static final Duration NO_WAIT = Duration.ZERO;

    private final TestClock clock = new TestClock();
    private final RenderedPage page = page(4000);
    private final long pageBytes = page.size();
    private RenderedPages pages;

    @BeforeEach
    void store_for_ten_pages() {
        clock.set(Instant.parse("2026-11-09T09:30:10Z"));
        pages = new RenderedPages(clock, 10 * pageBytes);
        pages.signalled(true);
    }

    @Test
    void pages_are_pushed_out_by_their_weight_in_bytes() {
        // GIVEN a store as big as ten pages, holding ten
        for (int i = 0; i < 10; i++) {
            keep("/events/" + i, page(4000));
        }
        assertThat(pages.size()).isEqualTo(10);
        assertThat(pages.weight()).isEqualTo(10 * pageBytes);

        // WHEN ten more come
        for (int i = 10; i < 20; i++) {
            keep("/events/" + i, page(4000));
        }

        // THEN the store holds no more bytes than allowed, and what it pushed out is counted
        assertThat(pages.weight()).isLessThanOrEqualTo(10 * pageBytes);
        assertThat(pages.size()).isLessThanOrEqualTo(10);
        assertThat(pages.stats().evictionWeight()).isGreaterThanOrEqualTo(10 * pageBytes);
    }

    @Test
    void a_page_of_more_than_an_eighth_of_the_store_is_not_kept() {
        keep("/events.csv", page(16000));

        assertThat(pages.size()).isZero();
    }

    @Test
    void a_page_is_fresh_until_its_minute_ends_and_then_rendered_anew_while_the_old_one_stays_for_outages() {
        // GIVEN a page kept at 09:30:10
        keep("/", page);
        try (RenderedPages.Visit visit = pages.visit("/")) {
            assertThat(visit.kept(NO_WAIT)).isSameAs(page);
        }

        // WHEN the minute ends
        clock.set(Instant.parse("2026-11-09T09:31:00Z"));

        // THEN the next request renders it, and until it is kept again the old page is there for outages
        try (RenderedPages.Visit visit = pages.visit("/")) {
            assertThat(visit.kept(NO_WAIT)).isNull();
            assertThat(visit.stale()).isSameAs(page);
        }
        assertThat(pages.findStale("/")).isSameAs(page);
        assertThat(pages.stats().hitCount()).isEqualTo(1);
        assertThat(pages.stats().missCount()).isEqualTo(2);
    }

    @Test
    void a_page_rendered_while_the_store_was_emptied_is_not_kept() {
        // GIVEN a page being rendered
        try (RenderedPages.Visit visit = pages.visit("/")) {
            // WHEN something public changes meanwhile
            pages.clear();
            visit.keep(page);
        }

        // THEN the page, which may show the state before the change, is not kept
        assertThat(pages.size()).isZero();
        assertThat(pages.findStale("/")).isNull();
    }

    @Test
    void nothing_is_kept_while_changes_of_other_copies_are_not_signalled_yet_what_was_kept_stays_for_outages() {
        keep("/", page);

        pages.signalled(false);
        keep("/", page(4000));

        try (RenderedPages.Visit visit = pages.visit("/")) {
            assertThat(visit.kept(NO_WAIT)).isNull();
        }
        assertThat(pages.findStale("/")).isSameAs(page);
    }

    private void keep(String key, RenderedPage rendered) {
        try (RenderedPages.Visit visit = pages.visit(key)) {
            visit.keep(rendered);
        }
    }

    /** A page of {@code bytes} that do not compress; pages of one length weigh the same. */
    private static RenderedPage page(int bytes) {
        byte[] body = new byte[bytes];
        new Random(14).nextBytes(body);
        return RenderedPage.of(List.of(), body, "okcsrf0123456789", null);
    }
}
