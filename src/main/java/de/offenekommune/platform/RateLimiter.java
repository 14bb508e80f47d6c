package de.offenekommune.platform;

import static de.offenekommune.platform.SqlTimes.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters kept in PostgreSQL, so that every application copy sees the same counts.
 *
 * <p>Keys such as addresses and emails are stored only as keyed hashes.
 */
@Component
public class RateLimiter {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final KeyedHash key;

    RateLimiter(JdbcClient jdbc, Clock clock, PlatformSecrets secrets) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.key = secrets.keyedHash("rate-limit");
    }

    /**
     * Counts one hit of {@code key} in {@code scope}.
     *
     * @return whether the hit is within {@code limit} hits per {@code window}
     */
    public boolean tryAcquire(String scope, String key, int limit, Duration window) {
        int hits = jdbc.sql("""
                        insert into rate_limit_window (bucket, window_start, hits)
                        values (:bucket, :windowStart, 1)
                        on conflict (bucket, window_start)
                        do update set hits = rate_limit_window.hits + 1
                        returning hits
                        """)
                .param("bucket", bucket(scope, key, window))
                .param("windowStart", windowStart(window))
                .query(Integer.class)
                .single();
        return hits <= limit;
    }

    /**
     * Counts one hit of {@code firstKey} in {@code firstScope} and, only while that one is within
     * {@code firstLimit}, one of {@code secondKey} in {@code secondScope}, in one statement: a key over its limit
     * never uses up the other's.
     *
     * @return 0 when both hits are within their limits, else 1 or 2 for the first limit exceeded
     */
    public int tryAcquireBoth(String firstScope, String firstKey, int firstLimit, String secondScope, String secondKey,
            int secondLimit, Duration window) {
        return jdbc.sql("""
                        with first as (
                            insert into rate_limit_window (bucket, window_start, hits)
                            values (:first, :windowStart, 1)
                            on conflict (bucket, window_start)
                            do update set hits = rate_limit_window.hits + 1
                            returning hits
                        ), second as (
                            insert into rate_limit_window (bucket, window_start, hits)
                            select :second, :windowStart, 1
                             where (select hits from first) <= :firstLimit
                            on conflict (bucket, window_start)
                            do update set hits = rate_limit_window.hits + 1
                            returning hits
                        )
                        select case when (select hits from first) > :firstLimit then 1
                                    when (select hits from second) > :secondLimit then 2
                                    else 0 end
                        """)
                .param("first", bucket(firstScope, firstKey, window))
                .param("second", bucket(secondScope, secondKey, window))
                .param("windowStart", windowStart(window))
                .param("firstLimit", firstLimit)
                .param("secondLimit", secondLimit)
                .query(Integer.class)
                .single();
    }

    /** Whether {@code key} already used up {@code limit} hits in the current window, without counting one. */
    public boolean isExhausted(String scope, String key, int limit, Duration window) {
        Integer hits = jdbc.sql("""
                        select hits
                          from rate_limit_window
                         where bucket = :bucket
                           and window_start = :windowStart
                        """)
                .param("bucket", bucket(scope, key, window))
                .param("windowStart", windowStart(window))
                .query(Integer.class)
                .optional()
                .orElse(0);
        return hits >= limit;
    }

    /** Forgets the hits of {@code key} in every window, e.g. after a successful login. */
    public void reset(String scope, String key) {
        jdbc.sql("""
                        delete from rate_limit_window
                         where starts_with(bucket, :prefix)
                        """)
                .param("prefix", prefix(scope, key))
                .update();
    }

    /** Drops windows that no limit looks at any more; run by {@link PlatformTasks}. */
    void forgetOldWindows() {
        jdbc.sql("""
                        delete from rate_limit_window
                         where window_start < :cutoff
                        """)
                .param("cutoff", utc(clock.instant().minus(Duration.ofDays(2))))
                .update();
    }

    private OffsetDateTime windowStart(Duration window) {
        long size = window.toMillis();
        long now = clock.millis();
        return utc(Instant.ofEpochMilli(now - now % size));
    }

    /** Limits of one key with different windows count apart, even when their windows start together. */
    private String bucket(String scope, String value, Duration window) {
        return prefix(scope, value) + window.toMillis();
    }

    private String prefix(String scope, String value) {
        return scope + ":" + HexFormat.of().formatHex(key.digest(value), 0, 16) + ":";
    }
}
