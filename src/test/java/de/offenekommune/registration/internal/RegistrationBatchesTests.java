package de.offenekommune.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.offenekommune.IntegrationTest;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.registration.RegistrationFixtures;
import de.offenekommune.registration.RegistrationManagement;

/**
 * People who register at the same moment share transactions, yet each gets their own outcome: a repeated
 * address within one batch is recognised as such, and seats and waitlist places come out exact.
 */
@IntegrationTest
class RegistrationBatchesTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    RegistrationManagement management;
    @Autowired
    JdbcClient jdbc;

    @Test
    void people_registering_at_once_each_get_their_own_outcome() throws Exception {
        // GIVEN an event with 5 seats, 40 people and one of them sending the form twice
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        Event event = fixtures.publishedEvent(fixtures.organizer(), 5);
        List<String> emails = new ArrayList<>(IntStream.range(0, 40).mapToObj(i -> RegistrationFixtures.email("batch" + i)).toList());
        emails.add(emails.get(7));

        // WHEN all register at the same moment
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(emails.size());
        List<Future<Receipt>> receipts = new ArrayList<>();
        for (String email : emails) {
            receipts.add(clients.submit(() -> {
                start.await();
                return management.register(event.id(), new RegistrationInput("Person", email, null, null, null, null,
                        true, Locale.GERMAN, null));
            }));
        }
        start.countDown();
        List<Receipt.Outcome> outcomes = new ArrayList<>();
        for (Future<Receipt> receipt : receipts) {
            outcomes.add(receipt.get().outcome());
        }
        clients.shutdown();

        // THEN 5 got a seat, 35 a waitlist place, the repeated address nothing new
        assertThat(outcomes).filteredOn(outcome -> outcome == Receipt.Outcome.SEAT).hasSize(5);
        assertThat(outcomes).filteredOn(outcome -> outcome == Receipt.Outcome.WAITLIST).hasSize(35);
        assertThat(outcomes).filteredOn(outcome -> outcome == Receipt.Outcome.ALREADY_REGISTERED).hasSize(1);
        assertThat(jdbc.sql("select count(*) from registration where event_id = :event and state = 'PENDING_CONFIRMATION'")
                .param("event", event.id().value()).query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select seats_taken from registration_tally where event_id = :event")
                .param("event", event.id().value()).query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(distinct waitlist_seq) from registration where event_id = :event and state = 'WAITLISTED'")
                .param("event", event.id().value()).query(Integer.class).single()).isEqualTo(35);
    }

    @Test
    void work_for_another_event_never_waits_behind_a_stuck_one() throws Exception {
        // GIVEN work for one event that is stuck, and another event whose id once shared its lane
        RegistrationBatches batches = context.getBean(RegistrationBatches.class);
        EventId stuck = EventId.random();
        EventId other = EventId.random();
        while (Math.floorMod(other.hashCode(), 64) != Math.floorMod(stuck.hashCode(), 64)) {
            other = EventId.random();
        }
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        Future<String> first = clients.submit(() -> batches.run(stuck, () -> {
            started.countDown();
            await(release);
            return "stuck";
        }));
        started.await();

        // WHEN work for the other event comes
        EventId otherEvent = other;
        Future<String> second = clients.submit(() -> batches.run(otherEvent, () -> "done"));

        // THEN it is done while the first is still stuck
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(first).isNotDone();
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("stuck");
        clients.shutdown();
        assertThat(batches.lanesInUse()).isZero();
    }

    @Test
    void work_that_queued_for_the_same_event_is_written_in_one_transaction() throws Exception {
        // GIVEN the lane of an event held by work that is stuck, and three more pieces of work queued behind it
        RegistrationBatches batches = context.getBean(RegistrationBatches.class);
        EventId event = EventId.random();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread stuck = queue(batches, event, () -> {
            started.countDown();
            await(release);
            return transactionId();
        });
        started.await();
        List<Future<Long>> queued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            queued.add(queueAndWait(batches, event, this::transactionId));
        }

        // WHEN the stuck work ends
        release.countDown();

        // THEN the three queued ones shared one database transaction, not the stuck one's
        List<Long> transactions = new ArrayList<>();
        for (Future<Long> future : queued) {
            transactions.add(future.get(10, TimeUnit.SECONDS));
        }
        stuck.join(10_000);
        assertThat(transactions).hasSize(3).containsOnly(transactions.get(0));
        assertThat(batches.lanesInUse()).isZero();
    }

    @Test
    void a_database_error_in_the_middle_of_a_batch_undoes_the_batch_and_only_its_cause_fails() throws Exception {
        // GIVEN an event's seat count, its lane held by stuck work, and behind it three pieces of work that each take
        // a seat; the middle one then hits a database error
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        Event event = fixtures.publishedEvent(fixtures.organizer(), 5);
        jdbc.sql("insert into registration_tally (event_id, event_ends_at) values (:event, now()) on conflict do nothing")
                .param("event", event.id().value()).update();
        RegistrationBatches batches = context.getBean(RegistrationBatches.class);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        queue(batches, event.id(), () -> {
            started.countDown();
            await(release);
            return 0;
        });
        started.await();
        AtomicInteger firstAttempts = new AtomicInteger();
        AtomicInteger failingAttempts = new AtomicInteger();
        AtomicInteger lastAttempts = new AtomicInteger();
        Future<Integer> first = queueAndWait(batches, event.id(), () -> takeSeat(event, firstAttempts));
        Future<Integer> failing = queueAndWait(batches, event.id(), () -> {
            takeSeat(event, failingAttempts);
            return jdbc.sql("select 1 / 0").query(Integer.class).single();
        });
        Future<Integer> last = queueAndWait(batches, event.id(), () -> takeSeat(event, lastAttempts));

        // WHEN the stuck work ends and the batch of three is written
        release.countDown();

        // THEN the batch was rolled back and each ran again alone: the two others took their seat exactly once, the
        // failing one's seat is gone with its transaction, and only it gets the error; the first ran in the batch
        // and alone, the last, never reached in the batch, alone only
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(last.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("select seats_taken from registration_tally where event_id = :event")
                .param("event", event.id().value()).query(Integer.class).single()).isEqualTo(2);
        assertThat(List.of(firstAttempts.get(), failingAttempts.get(), lastAttempts.get()))
                .as("attempts in the batch and alone").containsExactly(2, 2, 1);
        assertThat(batches.lanesInUse()).isZero();
    }

    private int takeSeat(Event event, AtomicInteger attempts) {
        attempts.incrementAndGet();
        return jdbc.sql("update registration_tally set seats_taken = seats_taken + 1 where event_id = :event")
                .param("event", event.id().value()).update();
    }

    private long transactionId() {
        return jdbc.sql("select txid_current()").query(Long.class).single();
    }

    private static <T> Thread queue(RegistrationBatches batches, EventId event, Supplier<T> work) {
        Thread thread = new Thread(() -> batches.run(event, work));
        thread.start();
        return thread;
    }

    /** Starts the work in a thread of its own and returns once it waits in the event's lane. */
    private static <T> Future<T> queueAndWait(RegistrationBatches batches, EventId event, Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(() -> batches.run(event, work));
        Thread thread = new Thread(task);
        thread.start();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> thread.getState() == Thread.State.WAITING);
        return task;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
