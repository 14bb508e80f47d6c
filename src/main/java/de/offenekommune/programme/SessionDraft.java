package de.offenekommune.programme;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A session as an organizer enters it, times in the event's zone; parsed from a form or an API body.
 * Missing or unreadable values are {@code null}; their problems are already in the caller's violations.
 */
public record SessionDraft(String title, String description, SessionKind kind, LocalDateTime start,
        LocalDateTime end, RoomId room, String language, boolean signLanguage, boolean captioning,
        List<SpeakerId> speakers, Integer capacity) {

    public SessionDraft {
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
    }

    /** A session everyone may attend: no places to choose. */
    public SessionDraft(String title, String description, SessionKind kind, LocalDateTime start, LocalDateTime end,
            RoomId room, String language, boolean signLanguage, boolean captioning, List<SpeakerId> speakers) {
        this(title, description, kind, start, end, room, language, signLanguage, captioning, speakers, null);
    }
}
