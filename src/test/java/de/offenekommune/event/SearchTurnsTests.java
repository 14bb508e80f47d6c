package de.offenekommune.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchTurnsTests {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void no_more_searches_run_at_once_than_allowed() {
        // GIVEN two turns, and searches that run until the test lets them finish
        SearchTurns turns = new SearchTurns(2);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();

        // WHEN three searches come
        List<CompletableFuture<String>> searches = List.of(1, 2, 3).stream()
                .map(n -> CompletableFuture.supplyAsync(() -> turns.inTurn(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    waitFor(finish);
                    running.decrementAndGet();
                    return "search " + n;
                }), threads))
                .toList();

        // THEN two run and the third waits, until one is done
        await().atMost(Duration.ofSeconds(10)).until(() -> running.get() == 2 && turns.waiting() == 1);
        finish.countDown();
        assertThat(searches.stream().map(CompletableFuture::join)).containsExactly("search 1", "search 2", "search 3");
        assertThat(most).hasValue(2);
        assertThat(turns.waiting()).isZero();
    }

    @Test
    void waiting_searches_get_their_turn_in_the_order_they_came() {
        // GIVEN one turn, taken
        SearchTurns turns = new SearchTurns(1);
        CountDownLatch finishFirst = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> turns.inTurn(() -> {
            order.add("first");
            waitFor(finishFirst);
            return null;
        }), threads);
        await().atMost(Duration.ofSeconds(10)).until(() -> order.contains("first"));

        // WHEN two more come, one after the other
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> turns.inTurn(() -> order.add("second")), threads);
        await().atMost(Duration.ofSeconds(10)).until(() -> turns.waiting() == 1);
        CompletableFuture<Void> third = CompletableFuture.runAsync(() -> turns.inTurn(() -> order.add("third")), threads);
        await().atMost(Duration.ofSeconds(10)).until(() -> turns.waiting() == 2);
        finishFirst.countDown();

        // THEN they run in that order
        CompletableFuture.allOf(first, second, third).join();
        assertThat(order).containsExactly("first", "second", "third");
    }

    @Test
    void a_search_that_fails_gives_its_turn_back() {
        SearchTurns turns = new SearchTurns(1);
        assertThatThrownBy(() -> turns.inTurn(() -> {
            throw new IllegalStateException("database gone");
        })).hasMessage("database gone");
        assertThat(turns.inTurn(() -> "next")).isEqualTo("next");
    }

    @Test
    void fewer_than_one_turn_is_refused_at_start() {
        assertThatThrownBy(() -> new SearchTurns(0)).hasMessageContaining("ok.search.concurrency");
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
