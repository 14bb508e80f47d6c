package de.offenekommune.registration;

import de.offenekommune.event.Event;

/**
 * A registration as its owner sees it through their personal link.
 *
 * @param waitlistPosition 1 for the first on the waitlist; 0 when not waitlisted
 */
public record PersonalRegistration(Registration registration, Event event, int waitlistPosition) {
}
