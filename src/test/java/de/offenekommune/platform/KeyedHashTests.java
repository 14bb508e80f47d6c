package de.offenekommune.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class KeyedHashTests {

    @Test
    void gives_the_hmac_sha256_of_rfc_4231() {
        // GIVEN the key of RFC 4231, test case 2
        KeyedHash hash = KeyedHash.of("Jefe".getBytes(StandardCharsets.US_ASCII));

        // WHEN its message is hashed THEN the result is the one the RFC gives
        assertThat(hash.hex("what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void hashes_parts_as_one_message_and_each_use_starts_afresh() {
        KeyedHash hash = KeyedHash.of(new byte[] {1, 2, 3});

        byte[] whole = hash.digest("check-in:abc");
        byte[] parts = hash.digest("check-in:".getBytes(StandardCharsets.UTF_8), "abc".getBytes(StandardCharsets.UTF_8));

        assertThat(parts).isEqualTo(whole);
        // the same message again gives the same hash: nothing of an earlier use is left over
        assertThat(hash.digest("check-in:abc")).isEqualTo(whole);
        assertThat(KeyedHash.of(new byte[] {1, 2, 4}).digest("check-in:abc")).isNotEqualTo(whole);
    }

    @Test
    void is_safe_for_concurrent_use() throws Exception {
        // GIVEN one keyed hash shared by many threads, and what each message hashes to alone
        KeyedHash hash = KeyedHash.of("Jefe".getBytes(StandardCharsets.US_ASCII));
        List<String> messages = IntStream.range(0, 200).mapToObj(i -> "nachricht-" + i).toList();
        List<String> alone = messages.stream().map(hash::hex).toList();

        // WHEN eight threads hash all of them at once
        List<Callable<List<String>>> work = IntStream.range(0, 8)
                .<Callable<List<String>>>mapToObj(t -> () -> messages.stream().map(hash::hex).toList())
                .toList();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            // THEN every thread gets exactly the hashes of one thread alone
            for (Future<List<String>> result : threads.invokeAll(work)) {
                assertThat(result.get()).isEqualTo(alone);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
