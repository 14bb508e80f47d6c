package de.offenekommune.event;

import java.util.List;
import java.util.Set;

/**
 * Everything an organizer writes about an event: the facts of the invitation.
 *
 * @param audienceNote free text after the listed audiences, e.g. "and everyone interested in participation"
 * @param easyReadSummary a summary in Leichte Sprache
 */
public record EventDetails(
        EventType type,
        String title,
        String summary,
        String description,
        Schedule schedule,
        AttendanceMode attendanceMode,
        String onlineUrl,
        Venue venue,
        Municipality municipality,
        String websiteUrl,
        List<EventLink> links,
        Cost cost,
        RegistrationSettings registration,
        Set<Audience> audiences,
        String audienceNote,
        Set<Topic> topics,
        Set<AccessibilityFeature> accessibility,
        String easyReadSummary,
        Contact contact) {

    /** The language organizers write their events in (BCP 47 tag). */
    public static final String LANGUAGE = "de";

    public EventDetails {
        links = List.copyOf(links);
        audiences = Set.copyOf(audiences);
        topics = Set.copyOf(topics);
        accessibility = Set.copyOf(accessibility);
    }

    /** The language of everything in here, which may differ from the visitor's. */
    public String language() {
        return LANGUAGE;
    }
}
