package de.offenekommune.feed;

import java.time.Instant;

/**
 * How many people registered for a past event, as published: people are counted with their companions.
 *
 * @param registered  people who held a confirmed place
 * @param waitlisted  people still on the waitlist when the event took place
 * @param checkedIn   people checked in at the door; {@code null} for events that checked nobody in at the door
 * @param cancelled   people whose registration was cancelled (by themselves or the organizer)
 * @param publishedAt when the figures were published (after the end of the event)
 */
public record Attendance(AttendanceCount registered, AttendanceCount waitlisted, AttendanceCount checkedIn,
        AttendanceCount cancelled, Instant publishedAt) {
}
