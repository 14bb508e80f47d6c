package de.offenekommune.registration.internal;

/**
 * What the organizer set for registering to one event.
 *
 * @param options          the form's options (companions, question, consent, reminder)
 * @param approvalRequired whether the organizers accept or decline each registration themselves
 */
public record RegistrationSettings(RegistrationOptions options, boolean approvalRequired) {
}
