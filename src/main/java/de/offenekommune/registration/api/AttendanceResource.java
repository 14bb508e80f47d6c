package de.offenekommune.registration.api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import de.offenekommune.feed.Attendance;
import de.offenekommune.feed.AttendanceCount;
import io.swagger.v3.oas.annotations.media.Schema;

/** The published attendance of an event: counts of people, each a number or "< 5". */
@Schema(name = "Attendance", description = "Published once the event has ended, for public events that took registrations "
        + "on this platform; until then only published=false. Counts include companions; below 5 they read \"< 5\".")
record AttendanceResource(
        boolean published,
        @Schema(description = "When the counts were published (after the end of the event)") OffsetDateTime publishedAt,
        @Schema(description = "People with a confirmed place, e.g. \"37\" or \"< 5\"") String registered,
        @Schema(description = "People still on the waitlist") String waitlisted,
        @Schema(description = "People checked in at the door; null for events that checked nobody in at the door") String checkedIn,
        @Schema(description = "People whose registration was cancelled") String cancelled) {

    static AttendanceResource of(Attendance attendance) {
        if (attendance == null) {
            return new AttendanceResource(false, null, null, null, null, null);
        }
        return new AttendanceResource(true, attendance.publishedAt().atOffset(ZoneOffset.UTC),
                shown(attendance.registered()), shown(attendance.waitlisted()), shown(attendance.checkedIn()),
                shown(attendance.cancelled()));
    }

    private static String shown(AttendanceCount count) {
        return count == null ? null : count.shown();
    }
}
