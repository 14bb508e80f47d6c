package de.offenekommune.event;

/**
 * Published after a committed change of an event. Listen to one kind, or to all of them, e.g. to
 * drop cached pages.
 */
public sealed interface EventChange {

    EventId event();

    record EventCreated(EventId event) implements EventChange {
    }

    /** @param rescheduled whether time or place changed */
    record EventRevised(EventId event, boolean rescheduled) implements EventChange {
    }

    record EventPublished(EventId event) implements EventChange {
    }

    record EventPostponed(EventId event, String note) implements EventChange {
    }

    record EventCancelled(EventId event, String reason) implements EventChange {
    }

    record EventDeleted(EventId event) implements EventChange {
    }
}
