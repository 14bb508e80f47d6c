package de.offenekommune.event;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;

import de.offenekommune.platform.web.RequestMemo;

/**
 * The images of events, provided by another capability; the event pages, cards and feeds only place them.
 */
public interface EventImages {

    Optional<EventImage> find(EventId event);

    /** @return the images of those of {@code events} that have one */
    Map<EventId, EventImage> findAll(Collection<EventId> events);

    /**
     * The event's image while a page is rendered: looked up once per request however many parts of the page
     * show it (the page, Open Graph, JSON-LD); empty when no capability provides images.
     */
    static Optional<EventImage> shown(ObjectProvider<EventImages> images, EventId event) {
        return RequestMemo.once("event-image:" + event.value(),
                () -> images.stream().flatMap(found -> found.find(event).stream()).findFirst());
    }
}
