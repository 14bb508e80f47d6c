package de.offenekommune.programme;

import java.time.Instant;
import java.util.List;

import de.offenekommune.event.EventId;

/**
 * One entry of the timetable.
 *
 * @param room     where it takes place, or {@code null} for the whole venue (e.g. a break)
 * @param language the language spoken, as an ISO 639-1 code
 * @param speakers in the order they are named
 * @param capacity the places people can choose when they register (a workshop), or {@code null} when the
 *                 session is open to everyone at the event
 */
public record Session(SessionId id, EventId event, String title, String description, SessionKind kind,
        Instant start, Instant end, RoomId room, String language, boolean signLanguage, boolean captioning,
        List<SpeakerId> speakers, Integer capacity) {

    public Session {
        speakers = List.copyOf(speakers);
    }

    /** Whether people choose this session when they register, for one of its limited places. */
    public boolean isChoosable() {
        return capacity != null;
    }

    /** Whether both take up some of the same time; a session ending when the other starts does not. */
    public boolean overlaps(Session other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean isRunning(Instant now) {
        return !now.isBefore(start) && now.isBefore(end);
    }

    /** The anchor of the session on the programme page. */
    public String anchor() {
        return "session-" + id;
    }
}
