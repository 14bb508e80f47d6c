package de.offenekommune.programme;

import de.offenekommune.event.EventId;

/**
 * A person who speaks or moderates in sessions.
 *
 * @param consent whether the person agreed to be named in public; without it only organizers see them
 */
public record Speaker(SpeakerId id, EventId event, String name, String role, String organization, String bio,
        boolean consent) {
}
