package de.offenekommune.event;

/** Someone else saved the event after it was opened for editing. */
public class EventConflictException extends RuntimeException {

    EventConflictException(EventId id) {
        super("Event " + id + " was changed concurrently");
    }
}
