package de.offenekommune.event;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Searches and filtered lists that miss the store of kept pages take turns for the database: at most
 * {@code concurrency} at once, the others waiting in the order they came. The connection pool alone does not
 * keep that order: on virtual threads (Java 21+), a connection handed back goes to whichever request runs next
 * on the same carrier, so under a burst some searches kept losing and waited over a second while others
 * overtook them. Taking turns first also leaves the rest of the pool to registrations and pages.
 */
final class SearchTurns {

    private final Semaphore turns;

    SearchTurns(int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("ok.search.concurrency must be at least 1, was " + concurrency);
        }
        this.turns = new Semaphore(concurrency, true);
    }

    <T> T inTurn(Supplier<T> search) {
        turns.acquireUninterruptibly();
        try {
            return search.get();
        } finally {
            turns.release();
        }
    }

    /** Searches waiting for their turn. */
    int waiting() {
        return turns.getQueueLength();
    }
}
