package de.offenekommune.registration.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.event.EventId;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.platform.DatabaseFailures;
import de.offenekommune.platform.InvalidInputException;

/**
 * Lets registrations for the same event that arrive while one is being written share the next
 * transaction: one seat lock and one commit for all of them, instead of one each. Seat counting stays
 * in the database under the event's row lock (also across application copies); this only shortens the
 * queue in front of that lock, whose length was set by one durable commit per person.
 *
 * <p>Each event has a lane of its own, made when its first registration arrives and dropped when its
 * last one leaves, so one event's trouble (a lock held elsewhere) never holds up another's.
 *
 * <p>Whoever arrives first writes the batch that is waiting and hands each person their own outcome,
 * including their own refusals (closed, invalid, no such event), which never stop the others; those are
 * decided before anything of that person is written. A database error
 * rolls the batch back, and then each person's registration runs alone, so nobody fails for another;
 * only when the database is unreachable or the seat lock was not to be had in time, all of the batch,
 * and all who queued behind it meanwhile, get that answer at once, since trying again would only wait as
 * long again.
 */
@Component
public class RegistrationBatches {

    private static final int MAX_BATCH = 50;

    private final TransactionTemplate transactions;
    private final ConcurrentHashMap<EventId, Lane> lanes = new ConcurrentHashMap<>();

    RegistrationBatches(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Runs {@code work} in a transaction, possibly together with other work for the same event.
     * Inside a transaction of the caller, it runs there, alone.
     */
    public <T> T run(EventId event, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        Item<T> item = new Item<>(work);
        Lane lane = lanes.compute(event, (id, existing) -> (existing == null ? new Lane() : existing).enter(item));
        try {
            lane.lock.lock();
            try {
                if (!item.done) {
                    write(lane.take(item));
                    if (item.failure != null && DatabaseFailures.isTemporary(item.failure)) {
                        // Who queued meanwhile would only wait as long again for the same lock: same answer now.
                        lane.failWaiting(item.failure);
                    }
                }
            } finally {
                lane.lock.unlock();
            }
        } finally {
            lanes.computeIfPresent(event, (id, current) -> current.leave() ? null : current);
        }
        if (item.failure != null) {
            throw item.failure;
        }
        return item.result;
    }

    /** Lanes in use right now, for tests. */
    int lanesInUse() {
        return lanes.size();
    }

    private void write(List<Item<?>> batch) {
        try {
            transactions.executeWithoutResult(status -> batch.forEach(Item::attempt));
            batch.forEach(Item::finish);
        } catch (RuntimeException e) {
            if (batch.size() == 1 || DatabaseFailures.isTemporary(e)) {
                batch.forEach(item -> item.fail(e));
                return;
            }
            for (Item<?> item : batch) {
                item.reset();
                write(List.of(item));
            }
        }
    }

    /** Changed only inside {@link ConcurrentHashMap#compute}, which runs one at a time per event. */
    private static final class Lane {

        final ReentrantLock lock = new ReentrantLock();
        final Queue<Item<?>> waiting = new ConcurrentLinkedQueue<>();
        private int users;

        Lane enter(Item<?> item) {
            users++;
            waiting.add(item);
            return this;
        }

        /** @return whether nobody uses the lane any more */
        boolean leave() {
            return --users == 0;
        }

        void failWaiting(RuntimeException failure) {
            Item<?> next;
            while ((next = waiting.poll()) != null) {
                next.fail(failure);
            }
        }

        /** The caller's item and up to {@link #MAX_BATCH} waiting ones, oldest first. */
        List<Item<?>> take(Item<?> own) {
            List<Item<?>> batch = new ArrayList<>();
            waiting.remove(own);
            batch.add(own);
            Item<?> next;
            while (batch.size() < MAX_BATCH && (next = waiting.poll()) != null) {
                batch.add(next);
            }
            return batch;
        }
    }

    private static final class Item<T> {

        final Supplier<T> work;
        T result;
        RuntimeException failure;
        boolean done;

        Item(Supplier<T> work) {
            this.work = work;
        }

        void attempt() {
            try {
                result = work.get();
            } catch (DataAccessException e) {
                throw e;
            } catch (RegistrationClosedException | InvalidInputException | EventNotFoundException e) {
                failure = e;
            }
        }

        void finish() {
            done = true;
        }

        void fail(RuntimeException e) {
            result = null;
            failure = e;
            done = true;
        }

        void reset() {
            result = null;
            failure = null;
        }
    }
}
