package de.offenekommune.event;

/** No such event, or none the user may manage: the two are not told apart. */
public class EventNotFoundException extends RuntimeException {

    public EventNotFoundException(EventId id) {
        super("No event " + id + " for this user");
    }
}
