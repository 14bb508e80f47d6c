package de.offenekommune.notification.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.offenekommune.platform.DatabaseGauge;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * How far mail delivery is behind, read from the outbox at each scrape: mails waiting, the age of the
 * oldest of them, and mails given up on (kept for {@code ok.mail.retention}). Counts only, never a recipient.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    OutboxMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        DatabaseGauge.register(registry, "ok.outbox.pending", "Mails waiting to be sent", null,
                () -> count("PENDING"));
        DatabaseGauge.register(registry, "ok.outbox.oldest.pending.age",
                "Age of the oldest mail waiting to be sent, 0 when none", "seconds", this::oldestPendingAge);
        DatabaseGauge.register(registry, "ok.outbox.failed", "Mails given up on after all attempts, still in the outbox",
                null, () -> count("FAILED"));
    }

    private long count(String status) {
        return jdbc.sql("""
                        select count(*)
                          from outbox_mail
                         where status = :status
                        """)
                .param("status", status)
                .query(Long.class).single();
    }

    private double oldestPendingAge() {
        return jdbc.sql("""
                        select coalesce(extract(epoch from now() - min(created_at)), 0)
                          from outbox_mail
                         where status = 'PENDING'
                        """)
                .query(Double.class).single();
    }
}
