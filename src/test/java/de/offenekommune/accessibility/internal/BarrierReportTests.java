package de.offenekommune.accessibility.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class BarrierReportTests {

    private static final Instant RECEIVED = Instant.parse("2026-10-01T08:00:00Z");

    @Test
    void an_open_report_is_overdue_only_after_six_weeks() {
        BarrierReport open = report(null);

        assertThat(open.isOverdue(RECEIVED.plus(Duration.ofDays(42)))).isFalse();
        assertThat(open.isOverdue(RECEIVED.plus(Duration.ofDays(42)).plusSeconds(1))).isTrue();
    }

    @Test
    void an_answered_report_is_never_overdue() {
        BarrierReport answered = report(RECEIVED.plus(Duration.ofDays(50)));

        assertThat(answered.isOpen()).isFalse();
        assertThat(answered.isOverdue(RECEIVED.plus(Duration.ofDays(60)))).isFalse();
    }

    private static BarrierReport report(Instant answeredAt) {
        return new BarrierReport(UUID.randomUUID(), "/impressum", "Kontrast zu schwach", null, "erika@example.org",
                RECEIVED, answeredAt);
    }
}
