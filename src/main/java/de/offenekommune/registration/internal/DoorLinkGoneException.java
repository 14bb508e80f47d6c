package de.offenekommune.registration.internal;

/**
 * A door link that worked once and no longer does: its time ran out after the event, or the organizers
 * revoked it. Unknown links are not this: they do not exist ({@link de.offenekommune.event.EventNotFoundException}).
 */
public class DoorLinkGoneException extends RuntimeException {

    public DoorLinkGoneException() {
        super("Door link expired or revoked");
    }
}
