package de.offenekommune.pagestore.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * The store of rendered public responses, a Caffeine cache bounded by the bytes its pages hold. Each page is
 * rendered once however many ask for it at the same time: the first request puts its rendering into the
 * cache as a future, and the requests for the same page that come meanwhile get that future and wait
 * ({@link Visit}). Hits and misses are counted, and published as the {@code kept-pages} cache metrics.
 *
 * <p>Freshness: every committed change to what public pages show empties the store, in this copy at once
 * after a changing request ({@link RenderedPageFilter}) and in every copy through PostgreSQL's
 * LISTEN/NOTIFY ({@link PublicChangeListener}; triggers on the tables public pages read). A response
 * rendered while the store was emptied is not kept, since it may show the state before the change.
 * Pages also depend on the time (upcoming, past, "today"), at the minute, so entries are fresh until the
 * end of the minute they were rendered in. The first request after that renders the page anew; while it
 * does, the others get the page of the minute before (at most a minute past its end), so that nobody waits
 * for a rendering only because a minute ended. After a change nobody does: emptying the store drops that
 * page too. Entries stay until replaced, pushed out or emptied, since while the database is unreachable
 * they are served however old ({@link #findStale}).
 */
@Component
public class RenderedPages implements MeterBinder {

    private final Clock clock;
    private final long maxPageBytes;
    private final StatsCounter stats = new ConcurrentStatsCounter();
    private final LongAdder early = new LongAdder();
    private final AsyncCache<String, Kept> cache;
    private volatile boolean signalled;

    /** How long past the end of its minute a page is served while it is rendered anew. */
    private static final Duration SERVED_WHILE_RENDERING = Duration.ofMinutes(1);

    private record Kept(RenderedPage page, Instant until) {
    }

    /** A rendering under way, with the page it replaces when there is one. */
    private static final class Rendering extends CompletableFuture<Kept> {

        private final Kept previous;

        Rendering(Kept previous) {
            this.previous = previous;
        }
    }

    public RenderedPages(Clock clock, @Value("${ok.page-cache.max-bytes:33554432}") long maxBytes) {
        this.clock = clock;
        // One page may not push out much of the rest.
        this.maxPageBytes = maxBytes / 8;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Kept kept) -> kept.page().size())
                // Eviction runs in the request that kept a page: no pool thread, the bound holds after each request.
                .executor(Runnable::run)
                .recordStats(() -> stats)
                .buildAsync();
    }

    /**
     * One request's go at a page: the page kept, the one another request is rendering right now, or the
     * task of rendering it. Closing the visit ends this request's rendering.
     */
    public Visit visit(String key) {
        CompletableFuture<Kept> present = cache.asMap().get(key);
        Kept outdated = present == null ? null : present.getNow(null);
        if (outdated != null && !isFresh(outdated)) {
            Rendering mine = new Rendering(outdated);
            if (cache.asMap().replace(key, present, mine)) {
                stats.recordMisses(1);
                return new Visit(key, mine, true, outdated);
            }
        }
        Rendering mine = new Rendering(null);
        CompletableFuture<Kept> found = cache.get(key, (k, executor) -> mine);
        return new Visit(key, found, found == mine, null);
    }

    /**
     * The page kept for {@code key} if it is fresh, without waiting for a rendering under way and without
     * counting: {@link #answeredEarly} counts it when it is sent, else the {@link #visit} that follows counts.
     */
    RenderedPage findFresh(String key) {
        CompletableFuture<Kept> present = cache.asMap().get(key);
        Kept kept = present == null ? null : present.getNow(null);
        return kept == null || !isFresh(kept) ? null : kept.page();
    }

    /** Counts a page {@link #findFresh found} and sent before the filter chain: a hit. */
    void answeredEarly() {
        stats.recordHits(1);
        early.increment();
    }

    /** How many hits were answered before the filter chain ({@link KeptPageShortcut}). */
    long earlyAnswers() {
        return early.sum();
    }

    /**
     * The page last kept for {@code key}, however old, for when the database is unreachable: then nobody
     * can change what it shows, and a page of a few minutes ago is better than none.
     */
    public RenderedPage findStale(String key) {
        CompletableFuture<Kept> present = cache.asMap().get(key);
        Kept kept = present == null ? null : present.getNow(null);
        return kept == null ? null : kept.page();
    }

    /** Forgets everything: something public changed. Renderings under way are not kept either. */
    public void clear() {
        cache.synchronous().invalidateAll();
    }

    /**
     * Whether changes made by other application copies are signalled; without, nothing is kept or served
     * fresh, since such a change could go unnoticed. What is kept stays for {@link #findStale}; once
     * signalled again, the store starts empty.
     */
    public void signalled(boolean signalled) {
        if (signalled) {
            clear();
        }
        this.signalled = signalled;
    }

    public boolean isSignalled() {
        return signalled;
    }

    /** Pages kept or being rendered. */
    public int size() {
        return cache.asMap().size();
    }

    /** Hits (a page kept or being rendered), misses (a page to render) and evictions so far. */
    public CacheStats stats() {
        return stats.snapshot();
    }

    /** The bytes the kept pages hold, as weighed for eviction. */
    public long weight() {
        cache.synchronous().cleanUp();
        return cache.synchronous().policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, cache, "kept-pages");
        FunctionCounter.builder("kept.pages.early", early, LongAdder::sum)
                .description("Kept pages answered before the filter chain (sessions, security, the application)")
                .register(registry);
    }

    private boolean isFresh(Kept kept) {
        return signalled && clock.instant().isBefore(kept.until());
    }

    /** A request's go at one page. */
    public final class Visit implements AutoCloseable {

        private final String key;
        private final CompletableFuture<Kept> rendering;
        private final boolean mine;
        private Kept last;

        private Visit(String key, CompletableFuture<Kept> rendering, boolean mine, Kept last) {
            this.key = key;
            this.rendering = rendering;
            this.mine = mine;
            this.last = last;
        }

        /**
         * The fresh page kept, the page of the minute before while another request renders it anew, or the page
         * another request renders after a change (waiting for it at most {@code wait}); {@code null} when this
         * request renders it: the page was not kept, the other request did not keep it, or took too long.
         */
        public RenderedPage kept(Duration wait) {
            if (mine) {
                return null;
            }
            RenderedPage previous = previous();
            if (previous != null) {
                return previous;
            }
            try {
                last = rendering.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // then this request renders the page itself
            }
            return last != null && isFresh(last) ? last.page() : null;
        }

        /**
         * The page of the minute before, while another request renders it anew: only while changes are signalled,
         * that rendering is still the store's entry (no change emptied it) and the page is at most a minute past
         * its end.
         */
        private RenderedPage previous() {
            if (signalled && rendering instanceof Rendering under && !under.isDone() && under.previous != null
                    && cache.asMap().get(key) == rendering
                    && clock.instant().isBefore(under.previous.until().plus(SERVED_WHILE_RENDERING))) {
                return under.previous.page();
            }
            return null;
        }

        /** The page last kept, however old, for when the database is unreachable; {@code null} if none. */
        public RenderedPage stale() {
            return last == null ? null : last.page();
        }

        /**
         * Keeps the page this request rendered and hands it to those waiting for it; not when changes are not
         * signalled, when the store was emptied since the rendering began, or when the page is too big.
         */
        public void keep(RenderedPage page) {
            if (mine && signalled && page.size() <= maxPageBytes && cache.asMap().get(key) == rendering) {
                rendering.complete(new Kept(page, clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES)));
            }
        }

        /** A rendering that kept nothing leaves the page kept before (or none) in place, and the waiting render their own. */
        @Override
        public void close() {
            if (mine) {
                rendering.complete(last);
            }
        }
    }
}
