package de.offenekommune.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A bounded in-memory store of rendered public responses, least recently used out first.
 *
 * <p>Freshness: every committed change to what public pages show empties the store, in this copy at
 * once after a changing request ({@link RenderedPageFilter}) and in every copy through PostgreSQL's
 * LISTEN/NOTIFY ({@link PublicChangeListener}; triggers on the tables public pages read). A response
 * rendered while the store was emptied is not kept, since it may show the state before the change.
 * Pages also depend on the time (upcoming, past, "today"), at the minute, so entries end with the
 * minute they were rendered in; while the database is unreachable they are served beyond it
 * ({@link #findStale}).
 */
@Component
class RenderedPages {

    private final Clock clock;
    private final int maxEntries;
    private final long maxBytes;
    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long generation;
    private boolean signalled;

    private record Entry(RenderedPage page, Instant until) {
    }

    RenderedPages(Clock clock, @Value("${ok.page-cache.max-entries:2000}") int maxEntries,
            @Value("${ok.page-cache.max-bytes:33554432}") long maxBytes) {
        this.clock = clock;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    synchronized RenderedPage find(String key) {
        Entry entry = signalled ? entries.get(key) : null;
        if (entry == null || !clock.instant().isBefore(entry.until())) {
            return null;
        }
        return entry.page();
    }

    /**
     * The page last kept for {@code key}, however old, for when the database is unreachable: then nobody
     * can change what it shows, and a page of a few minutes ago is better than none. Entries stay until they
     * are replaced, pushed out by newer ones, or the store is emptied after a change.
     */
    synchronized RenderedPage findStale(String key) {
        Entry entry = entries.get(key);
        return entry == null ? null : entry.page();
    }

    /** Taken before rendering, handed to {@link #keep}. */
    synchronized long generation() {
        return generation;
    }

    /**
     * Keeps the page unless the store was emptied since {@code generation} was taken.
     *
     * @return whether the page was kept
     */
    synchronized boolean keep(String key, RenderedPage page, long generation) {
        if (!signalled || generation != this.generation || page.size() > maxBytes / 8) {
            return false;
        }
        remove(key);
        entries.put(key, new Entry(page, clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES)));
        bytes += page.size();
        Iterator<Entry> oldest = entries.values().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && oldest.hasNext()) {
            bytes -= oldest.next().page().size();
            oldest.remove();
        }
        return entries.containsKey(key);
    }

    /** Forgets everything: something public changed. */
    synchronized void clear() {
        generation++;
        entries.clear();
        bytes = 0;
    }

    /**
     * Whether changes made by other application copies are signalled; without, nothing is kept or served
     * fresh, since such a change could go unnoticed. What is kept stays for {@link #findStale}; once
     * signalled again, the store starts empty.
     */
    synchronized void signalled(boolean signalled) {
        if (signalled) {
            clear();
        } else {
            generation++;
        }
        this.signalled = signalled;
    }

    synchronized boolean isSignalled() {
        return signalled;
    }

    synchronized int size() {
        return entries.size();
    }

    private void remove(String key) {
        Entry removed = entries.remove(key);
        if (removed != null) {
            bytes -= removed.page().size();
        }
    }
}
