package de.offenekommune.registration;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
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

/**
 * Lets registrations for the same event that arrive while one is being written share the next
 * transaction: one seat lock and one commit for all of them, instead of one each. Seat counting stays
 * in the database under the event's row lock (also across application copies); this only shortens the
 * queue in front of that lock, whose length was set by one durable commit per person.
 *
 * <p>Whoever arrives first writes the batch that is waiting and hands each person their own outcome,
 * including their own refusals (closed, invalid, no such event), which never stop the others; those are
 * decided before anything of that person is written. A database error
 * rolls the batch back, and then each person's registration runs alone, so nobody fails for another.
 */
@Component
class RegistrationBatches {

    private static final int LANES = 64;
    private static final int MAX_BATCH = 50;

    private final TransactionTemplate transactions;
    private final Lane[] lanes = new Lane[LANES];

    RegistrationBatches(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        for (int i = 0; i < LANES; i++) {
            lanes[i] = new Lane();
        }
    }

    /**
     * Runs {@code work} in a transaction, possibly together with other work for the same event.
     * Inside a transaction of the caller, it runs there, alone.
     */
    <T> T run(EventId event, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        Lane lane = lanes[Math.floorMod(event.hashCode(), LANES)];
        Item<T> item = new Item<>(event, work);
        lane.waiting.add(item);
        lane.lock.lock();
        try {
            if (!item.done) {
                write(lane.take(item));
            }
        } finally {
            lane.lock.unlock();
        }
        if (item.failure != null) {
            throw item.failure;
        }
        return item.result;
    }

    private void write(List<Item<?>> batch) {
        try {
            transactions.executeWithoutResult(status -> batch.forEach(Item::attempt));
            batch.forEach(Item::finish);
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).fail(e);
                return;
            }
            for (Item<?> item : batch) {
                item.reset();
                write(List.of(item));
            }
        }
    }

    private static final class Lane {

        final ReentrantLock lock = new ReentrantLock();
        final Queue<Item<?>> waiting = new ConcurrentLinkedQueue<>();

        /** The caller's item and up to {@link #MAX_BATCH} waiting ones of the same event, oldest first. */
        List<Item<?>> take(Item<?> own) {
            List<Item<?>> batch = new ArrayList<>();
            waiting.remove(own);
            batch.add(own);
            for (Iterator<Item<?>> it = waiting.iterator(); it.hasNext() && batch.size() < MAX_BATCH; ) {
                Item<?> next = it.next();
                if (next.event.equals(own.event)) {
                    it.remove();
                    batch.add(next);
                }
            }
            return batch;
        }
    }

    private static final class Item<T> {

        final EventId event;
        final Supplier<T> work;
        T result;
        RuntimeException failure;
        boolean done;

        Item(EventId event, Supplier<T> work) {
            this.event = event;
            this.work = work;
        }

        void attempt() {
            try {
                result = work.get();
            } catch (DataAccessException e) {
                throw e;
            } catch (RegistrationClosedException | InvalidRegistrationException | EventNotFoundException e) {
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
