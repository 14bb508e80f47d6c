package de.offenekommune.registration.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;

import de.offenekommune.registration.internal.CheckInDesk.Board;

/**
 * What every door shows, as the page draws it and its script reads it: the counts and the latest check-ins
 * with their time of day in the event's zone. {@code free} is {@code null} when the event has no capacity.
 */
public record DoorBoard(int checkedIn, int registered, @Nullable Integer free, List<Entry> latest) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public record Entry(String name, int people, String time, @Nullable String door) {
    }

    static DoorBoard of(Board board, ZoneId zone) {
        return new DoorBoard(board.checkedIn(), board.registered(), board.free(), board.latest().stream()
                .map(entry -> new Entry(entry.name(), entry.people(), time(entry.at(), zone), entry.door()))
                .toList());
    }

    /** The time of day at the door, e.g. {@code 09:41}. */
    public static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }
}
