package de.offenekommune.programme;

import java.util.Map;

import de.offenekommune.event.EventId;

/**
 * How many places of an event's workshops are taken, told by the capability that hands them out when people
 * register; the programme shows the places left without knowing who holds them.
 */
public interface WorkshopOccupancy {

    /** Places taken per session; sessions nobody chose may be missing. */
    Map<SessionId, Integer> placesTaken(EventId event);
}
