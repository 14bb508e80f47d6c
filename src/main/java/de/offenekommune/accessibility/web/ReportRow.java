package de.offenekommune.accessibility.web;

import org.jspecify.annotations.Nullable;

import de.offenekommune.accessibility.internal.BarrierReport;

/**
 * A reported barrier with its dates as the administrator reads them.
 *
 * @param overdue  whether the answer period is over and it is still open
 * @param answered when it was marked answered, {@code null} while open
 */
public record ReportRow(BarrierReport report, String received, String answerDue, boolean overdue,
        @Nullable String answered) {
}
