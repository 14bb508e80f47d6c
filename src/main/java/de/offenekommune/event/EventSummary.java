package de.offenekommune.event;

import java.time.Instant;

import de.offenekommune.account.OrganizationId;

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
