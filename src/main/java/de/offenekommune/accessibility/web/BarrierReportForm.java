package de.offenekommune.accessibility.web;

import de.offenekommune.accessibility.internal.BarrierReportInput;

/**
 * The form for reporting a barrier.
 *
 * @param website honeypot: invisible to people, filled in by many bots
 */
public record BarrierReportForm(String pageAddress, String description, String contactName, String contactEmail,
        String website) {

    static BarrierReportForm forPage(String pageAddress) {
        return new BarrierReportForm(pageAddress, "", "", "", null);
    }

    boolean filledInByMachine() {
        return website != null && !website.isEmpty();
    }

    BarrierReportInput toInput() {
        return new BarrierReportInput(pageAddress, description, contactName, contactEmail);
    }
}
