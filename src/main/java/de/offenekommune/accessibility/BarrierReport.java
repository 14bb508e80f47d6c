package de.offenekommune.accessibility;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A barrier someone met on the platform, as they reported it.
 *
 * @param pageAddress  the path of the page the report is about
 * @param contactName  {@code null} when the reporter gave none
 * @param contactEmail {@code null} when the reporter wants no answer
 */
public record BarrierReport(UUID id, String pageAddress, String description, String contactName,
        String contactEmail, Instant createdAt) {

    /** § 12b BGG with § 7 BITV 2.0: the operator answers within six weeks. */
    public static final Duration ANSWER_PERIOD = Duration.ofDays(42);

    /** The last day on which the operator's answer is on time. */
    public Instant answerDue() {
        return createdAt.plus(ANSWER_PERIOD);
    }

    public boolean wantsAnswer() {
        return contactEmail != null;
    }
}
