package de.offenekommune.programme.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import de.offenekommune.platform.ContentLanguages;
import de.offenekommune.platform.Violations;
import de.offenekommune.programme.Room;
import de.offenekommune.programme.RoomId;
import de.offenekommune.programme.Session;
import de.offenekommune.programme.Speaker;
import de.offenekommune.programme.SpeakerId;

/**
 * What a session must satisfy to enter the timetable: complete facts, inside the event's time, and no
 * room or speaker in two places at once. Every problem goes into the violations, each at its field.
 */
public final class TimetableRules {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5_000;
    static final int MAX_NAME = 200;
    static final int MAX_BIO = 1_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The event's time and zone, and what the timetable already holds. */
    public record Context(Instant eventStart, Instant eventEnd, ZoneId zone, List<Session> sessions,
            Map<RoomId, Room> rooms, Map<SpeakerId, Speaker> speakers) {
    }

    private TimetableRules() {
    }

    /** Checks {@code candidate}; a session already in the timetable with the same id is the one it replaces. */
    public static void check(Session candidate, Context context, Violations violations) {
        violations.requireText("title", candidate.title(), MAX_TITLE);
        violations.limitText("description", candidate.description(), MAX_DESCRIPTION);
        if (!ContentLanguages.isKnown(candidate.language())) {
            violations.add("language", "programme.session.languageInvalid");
        }
        if (candidate.room() != null && !context.rooms().containsKey(candidate.room())) {
            violations.add("room", "programme.session.roomUnknown");
        }
        for (SpeakerId speaker : candidate.speakers()) {
            if (!context.speakers().containsKey(speaker)) {
                violations.add("speakers", "programme.session.speakerUnknown");
                break;
            }
        }
        if (candidate.capacity() != null && candidate.capacity() < 1) {
            violations.add("capacity", "programme.session.capacityInvalid");
        }
        if (candidate.start() == null || candidate.end() == null) {
            return;
        }
        if (!candidate.end().isAfter(candidate.start())) {
            violations.add("end", "programme.session.endBeforeStart");
            return;
        }
        if (candidate.start().isBefore(context.eventStart()) || candidate.end().isAfter(context.eventEnd())) {
            violations.add("start", "programme.conflict.outsideEvent", time(context.eventStart(), context),
                    time(context.eventEnd(), context));
        }
        for (Session other : context.sessions()) {
            if (other.id().equals(candidate.id()) || !other.overlaps(candidate)) {
                continue;
            }
            if (candidate.room() != null && candidate.room().equals(other.room()) && !violations.has("room")) {
                violations.add("room", "programme.conflict.room", context.rooms().get(candidate.room()).name(),
                        other.title(), time(other.start(), context), until(other, context));
            }
            for (SpeakerId speaker : candidate.speakers()) {
                if (other.speakers().contains(speaker) && !violations.has("speakers")) {
                    violations.add("speakers", "programme.conflict.speaker", context.speakers().get(speaker).name(),
                            other.title(), time(other.start(), context), until(other, context));
                }
            }
        }
    }

    /** Checks a room's facts; names are unique per event. */
    public static void check(Room room, List<Room> existing, Violations violations) {
        violations.requireText("name", room.name(), MAX_NAME);
        if (room.capacity() != null && room.capacity() < 1) {
            violations.add("capacity", "programme.room.capacityInvalid");
        }
        if (room.name() != null && existing.stream()
                .anyMatch(other -> !other.id().equals(room.id()) && other.name().equalsIgnoreCase(room.name().strip()))) {
            violations.add("name", "programme.room.nameTaken");
        }
    }

    public static void check(Speaker speaker, Violations violations) {
        violations.requireText("name", speaker.name(), MAX_NAME);
        violations.limitText("role", speaker.role(), MAX_NAME);
        violations.limitText("organization", speaker.organization(), MAX_NAME);
        violations.limitText("bio", speaker.bio(), MAX_BIO);
    }

    /** The end of {@code session}, with its day only when that differs from the day it starts. */
    private static Object until(Session session, Context context) {
        boolean sameDay = session.start().atZone(context.zone()).toLocalDate()
                .equals(session.end().atZone(context.zone()).toLocalDate());
        return sameDay ? TIME.format(session.end().atZone(context.zone())) : time(session.end(), context);
    }

    /**
     * The clock time, and on an event of several days the day before it ("Sa., 9.11., 10:20"): a message
     * argument that the message source resolves in the reader's language.
     */
    private static Object time(Instant instant, Context context) {
        ZonedDateTime local = instant.atZone(context.zone());
        String clock = TIME.format(local);
        if (context.eventStart().atZone(context.zone()).toLocalDate()
                .equals(context.eventEnd().atZone(context.zone()).toLocalDate())) {
            return clock;
        }
        return new DefaultMessageSourceResolvable(new String[] {"programme.time.dayAndTime"}, new Object[] {
                new DefaultMessageSourceResolvable("programme.weekday." + local.getDayOfWeek().getValue()),
                String.valueOf(local.getDayOfMonth()), String.valueOf(local.getMonthValue()), clock,
                local.toLocalDate().toString()});
    }
}
