package de.offenekommune.event.internal;

import java.time.Instant;

import de.offenekommune.account.OrganizationId;
import de.offenekommune.event.AttendanceMode;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventStatus;
import de.offenekommune.event.EventType;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.Schedule;

/**
 * What a list of events shows of each.
 */
public record EventSummary(
        EventId id,
        String slug,
        EventStatus status,
        String statusNote,
        EventType type,
        String title,
        String summary,
        Schedule schedule,
        AttendanceMode attendanceMode,
        String venueName,
        String locality,
        String district,
        OrganizationId organizer,
        boolean free,
        RegistrationMode registrationMode,
        Instant updatedAt) {

    /** The language of title, summary and venue, which may differ from the visitor's. */
    public String language() {
        return EventDetails.LANGUAGE;
    }

    public boolean hasEnded(Instant now) {
        return schedule.hasEnded(now);
    }
}
