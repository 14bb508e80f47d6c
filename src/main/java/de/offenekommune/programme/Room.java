package de.offenekommune.programme;

import de.offenekommune.event.EventId;

/**
 * A room of the event's venue.
 *
 * @param capacity seats, or {@code null} when unknown
 */
public record Room(RoomId id, EventId event, String name, Integer capacity, boolean stepFree, int position) {
}
