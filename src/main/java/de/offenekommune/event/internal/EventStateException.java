package de.offenekommune.event.internal;

import de.offenekommune.event.EventId;
import de.offenekommune.event.EventStatus;

/**
 * A state change the event's current status does not allow, e.g. cancelling a draft.
 */
public class EventStateException extends RuntimeException {

    private final EventStatus status;
    private final String action;

    public EventStateException(EventId id, EventStatus status, String action) {
        super("Event " + id + " in status " + status + " cannot " + action);
        this.status = status;
        this.action = action;
    }

    public EventStatus status() {
        return status;
    }

    /** {@code publish}, {@code cancel}, {@code postpone} or {@code delete}. */
    public String action() {
        return action;
    }
}
