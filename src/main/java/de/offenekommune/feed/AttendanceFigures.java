package de.offenekommune.feed;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;

/**
 * The published attendance of events, provided by the capability that counts registrations. Figures exist
 * only for public events whose figures were published; other events are missing from the answer.
 */
public interface AttendanceFigures {

    Map<EventId, Attendance> of(Collection<Event> events);

    /** When figures were last published, {@link Instant#EPOCH} when never: exports made before are stale. */
    Instant lastPublished();
}
