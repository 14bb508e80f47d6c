package de.offenekommune.event;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The images of events, provided by another capability; the event pages, cards and feeds only place them.
 */
public interface EventImages {

    Optional<EventImage> find(EventId event);

    /** @return the images of those of {@code events} that have one */
    Map<EventId, EventImage> findAll(Collection<EventId> events);
}
