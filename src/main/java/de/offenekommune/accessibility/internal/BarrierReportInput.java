package de.offenekommune.accessibility.internal;

/**
 * A report as typed into the form, before it is checked.
 */
public record BarrierReportInput(String pageAddress, String description, String contactName, String contactEmail) {
}
