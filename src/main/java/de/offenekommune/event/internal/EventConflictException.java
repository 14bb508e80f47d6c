package de.offenekommune.event.internal;

import de.offenekommune.event.EventId;

/** Someone else saved the event after it was opened for editing. */
public class EventConflictException extends RuntimeException {

    private final EventId id;

    public EventConflictException(EventId id) {
        super("Event " + id + " was changed concurrently");
        this.id = id;
    }

    public EventId id() {
        return id;
    }
}
