package de.offenekommune.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When an event takes place, in its own time zone. All-day events run from the start of their first
 * day to the start of the day after their last day, so that "has ended" is one comparison.
 */
public record Schedule(Instant start, Instant end, ZoneId zone, boolean allDay) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");

    public static Schedule timed(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        return new Schedule(start.atZone(zone).toInstant(), end.atZone(zone).toInstant(), zone, false);
    }

    public static Schedule allDay(LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        return new Schedule(firstDay.atStartOfDay(zone).toInstant(), lastDay.plusDays(1).atStartOfDay(zone).toInstant(),
                zone, true);
    }

    public ZonedDateTime localStart() {
        return start.atZone(zone);
    }

    public ZonedDateTime localEnd() {
        return end.atZone(zone);
    }

    public LocalDate firstDay() {
        return localStart().toLocalDate();
    }

    public LocalDate lastDay() {
        return allDay ? localEnd().toLocalDate().minusDays(1) : localEnd().toLocalDate();
    }

    public boolean isMultiDay() {
        return !firstDay().equals(lastDay());
    }

    public boolean hasEnded(Instant now) {
        return !end.isAfter(now);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }
}
