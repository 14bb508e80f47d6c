package de.offenekommune.barcamp.internal;

import de.offenekommune.event.Event;
import de.offenekommune.registration.Registration;

/**
 * A registered participant who came through their personal link: their address is known, so they need
 * no confirmation mail.
 */
public record Participant(String token, Registration registration, Event event) {
}
