package de.offenekommune.event;

/**
 * A rule another capability adds to deleting an event, for people it would otherwise leave
 * uninformed: registration, for example, refuses while people hold a seat or wait for one of a public
 * event; cancelling tells them, and a cancelled event can then be deleted.
 */
public interface EventDeletionRule {

    /** Whether the event may not be deleted now; runs inside the deleting transaction. */
    boolean forbids(Event event);
}
