package de.offenekommune.event;

/** Someone else saved the event after it was opened for editing. */
public class EventConflictException extends RuntimeException {

    private final EventId id;

    EventConflictException(EventId id) {
        super("Event " + id + " was changed concurrently");
        this.id = id;
    }

    public EventId id() {
        return id;
    }
}
