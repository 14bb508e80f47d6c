package de.offenekommune.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;

/**
 * Counters in PostgreSQL. The windows here are a century long, so that no test ever straddles the
 * start of a new window.
 */
@IntegrationTest
class RateLimiterTests {

    private static final Duration CENTURY = Duration.ofDays(36_500);

    @Autowired
    RateLimiter limiter;

    @Autowired
    JdbcClient jdbc;

    private final String key = TestFixtures.unique("jemand") + "@example.org";

    @Test
    void allows_the_limit_and_refuses_the_next_hit() {
        assertThat(limiter.tryAcquire("test", key, 3, CENTURY)).isTrue();
        assertThat(limiter.tryAcquire("test", key, 3, CENTURY)).isTrue();
        assertThat(limiter.tryAcquire("test", key, 3, CENTURY)).isTrue();
        assertThat(limiter.tryAcquire("test", key, 3, CENTURY)).isFalse();
        assertThat(limiter.tryAcquire("test", key, 3, CENTURY)).isFalse();
    }

    @Test
    void counts_two_keys_in_one_go_and_names_the_first_over_its_limit() {
        String email = TestFixtures.unique("inhaberin");

        assertThat(limiter.tryAcquireBoth("address", key, 2, "email", email, 1, CENTURY)).isZero();
        assertThat(limiter.tryAcquireBoth("address", key, 2, "email", email, 1, CENTURY)).as("the email's second").isEqualTo(2);
        assertThat(limiter.tryAcquireBoth("address", key, 2, "email", email, 1, CENTURY)).as("the address's third").isEqualTo(1);
    }

    @Test
    void a_first_key_over_its_limit_does_not_use_up_the_second() {
        // GIVEN an address that used up its limit
        String email = TestFixtures.unique("inhaberin");
        limiter.tryAcquire("address", key, 1, CENTURY);

        // WHEN it keeps sending the same email
        assertThat(limiter.tryAcquireBoth("address", key, 1, "email", email, 1, CENTURY)).isEqualTo(1);
        assertThat(limiter.tryAcquireBoth("address", key, 1, "email", email, 1, CENTURY)).isEqualTo(1);

        // THEN the email has not been counted: its owner can still register from elsewhere
        assertThat(limiter.isExhausted("email", email, 1, CENTURY)).isFalse();
    }

    @Test
    void is_exhausted_once_the_limit_is_used_up_without_counting_itself() {
        limiter.tryAcquire("test", key, 2, CENTURY);
        assertThat(limiter.isExhausted("test", key, 2, CENTURY)).isFalse();
        assertThat(limiter.isExhausted("test", key, 2, CENTURY)).as("asking does not count").isFalse();

        limiter.tryAcquire("test", key, 2, CENTURY);

        assertThat(limiter.isExhausted("test", key, 2, CENTURY)).isTrue();
    }

    @Test
    void an_unknown_key_is_not_exhausted() {
        assertThat(limiter.isExhausted("test", key, 1, CENTURY)).isFalse();
    }

    @Test
    void keys_scopes_and_window_sizes_count_separately() {
        limiter.tryAcquire("test", key, 1, CENTURY);

        assertThat(limiter.isExhausted("test", key, 1, CENTURY)).isTrue();
        assertThat(limiter.isExhausted("test", key + "x", 1, CENTURY)).isFalse();
        assertThat(limiter.isExhausted("other", key, 1, CENTURY)).isFalse();
        assertThat(limiter.isExhausted("test", key, 1, Duration.ofDays(1))).as("a window starting today").isFalse();
    }

    @Test
    void windows_of_different_sizes_that_start_together_count_apart() {
        // like a 1-day and a 2-day window every other midnight: the current windows of 100 and 200 years
        // both started at the epoch
        Duration twoCenturies = CENTURY.multipliedBy(2);
        limiter.tryAcquire("test", key, 1, CENTURY);

        assertThat(limiter.tryAcquire("test", key, 1, twoCenturies)).as("first hit in the longer window").isTrue();
        assertThat(limiter.tryAcquire("test", key, 1, twoCenturies)).isFalse();
    }

    @Test
    void reset_forgets_the_hits_of_every_window_of_one_key() {
        limiter.tryAcquire("test", key, 1, CENTURY);
        limiter.tryAcquire("test", key, 1, Duration.ofDays(1));

        limiter.reset("test", key);

        assertThat(limiter.isExhausted("test", key, 1, CENTURY)).isFalse();
        assertThat(limiter.isExhausted("test", key, 1, Duration.ofDays(1))).isFalse();
    }

    @Test
    void reset_forgets_the_hits_of_one_key_only() {
        String other = TestFixtures.unique("anderer");
        limiter.tryAcquire("test", key, 1, CENTURY);
        limiter.tryAcquire("test", other, 1, CENTURY);

        limiter.reset("test", key);

        assertThat(limiter.isExhausted("test", key, 1, CENTURY)).isFalse();
        assertThat(limiter.tryAcquire("test", key, 1, CENTURY)).isTrue();
        assertThat(limiter.isExhausted("test", other, 1, CENTURY)).isTrue();
    }

    @Test
    void stores_a_keyed_hash_never_the_key_itself() {
        long before = count("bucket like 'test:%'");
        limiter.tryAcquire("test", key, 5, CENTURY);

        assertThat(count("bucket like 'test:%'")).isEqualTo(before + 1);
        assertThat(count("bucket like '%' || '" + key + "' || '%'")).isZero();
        assertThat(count("bucket like '%' || '" + key.substring(0, 6) + "' || '%'")).isZero();
    }

    private long count(String condition) {
        return jdbc.sql("select count(*) from rate_limit_window where " + condition).query(Long.class).single();
    }
}
