package de.offenekommune.account.web;

/**
 * One step of setting up the platform on the administrators' start page.
 *
 * @param textKey explains the step, or says that it is done
 * @param link    leads to where the step is done, or {@code null}
 */
public record SetupStep(String titleKey, String textKey, boolean done, String link, String linkKey) {
}
