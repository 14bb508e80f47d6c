package de.offenekommune.event.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of a month calendar: the first events of the day and how many there are in all.
 */
public record CalendarDay(LocalDate date, List<EventSummary> events, long total) {

    public long more() {
        return total - events.size();
    }
}
