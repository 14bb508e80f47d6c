package de.offenekommune.accessibility.web;

import de.offenekommune.accessibility.BarrierReport;

/**
 * A reported barrier with its dates as the administrator reads them.
 *
 * @param overdue whether the answer period is over
 */
public record ReportRow(BarrierReport report, String received, String answerDue, boolean overdue) {
}
