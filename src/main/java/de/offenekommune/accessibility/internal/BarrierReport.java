package de.offenekommune.accessibility.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A barrier someone met on the platform, as they reported it.
 *
 * @param pageAddress  the path of the page the report is about
 * @param contactName  {@code null} when the reporter gave none
 * @param contactEmail {@code null} when the reporter wants no answer
 * @param answeredAt   when the operator marked it answered (or done, without a contact); {@code null} while open
 */
public record BarrierReport(UUID id, String pageAddress, String description, @Nullable String contactName,
        @Nullable String contactEmail, Instant createdAt, @Nullable Instant answeredAt) {

    /** § 12b BGG with § 7 BITV 2.0: the operator answers within six weeks. */
    public static final Duration ANSWER_PERIOD = Duration.ofDays(42);

    /** The last day on which the operator's answer is on time. */
    public Instant answerDue() {
        return createdAt.plus(ANSWER_PERIOD);
    }

    public boolean isOpen() {
        return answeredAt == null;
    }

    /** Open after the answer period. */
    public boolean isOverdue(Instant now) {
        return isOpen() && now.isAfter(answerDue());
    }

    public boolean wantsAnswer() {
        return contactEmail != null;
    }
}
