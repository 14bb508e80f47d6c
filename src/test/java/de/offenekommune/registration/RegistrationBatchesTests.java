package de.offenekommune.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.offenekommune.IntegrationTest;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;

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

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
