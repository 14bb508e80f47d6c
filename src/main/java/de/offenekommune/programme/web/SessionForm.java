package de.offenekommune.programme.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.offenekommune.platform.Violations;
import de.offenekommune.programme.RoomId;
import de.offenekommune.programme.Session;
import de.offenekommune.programme.SessionDraft;
import de.offenekommune.programme.SessionKind;
import de.offenekommune.programme.SpeakerId;

/** The session form as typed, kept as text so that a refused input comes back unchanged. */
public record SessionForm(String title, String description, String kind, String date, String startTime, String endTime,
        String room, String language, String signLanguage, String captioning, List<String> speakers,
        String capacity) {

    public SessionForm {
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
    }

    static SessionForm blank(LocalDate day) {
        return new SessionForm("", "", SessionKind.TALK.name(), day.toString(), "", "", "", "de", null, null, List.of(), "");
    }

    static SessionForm of(Session session, ZoneId zone) {
        var start = session.start().atZone(zone);
        return new SessionForm(session.title(), session.description() == null ? "" : session.description(),
                session.kind().name(), start.toLocalDate().toString(), start.toLocalTime().toString(),
                session.end().atZone(zone).toLocalTime().toString(),
                session.room() == null ? "" : session.room().toString(), session.language(),
                session.signLanguage() ? "true" : null, session.captioning() ? "true" : null,
                session.speakers().stream().map(SpeakerId::toString).toList(),
                session.capacity() == null ? "" : session.capacity().toString());
    }

    /** Reads the form; what cannot be read goes into {@code violations} and comes back as {@code null}. */
    SessionDraft toDraft(Violations violations) {
        SessionKind parsedKind = null;
        try {
            parsedKind = SessionKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add("kind", "programme.session.kindInvalid");
        }
        LocalDate day = parse("date", date, LocalDate::parse, violations);
        LocalTime start = parse("startTime", startTime, LocalTime::parse, violations);
        LocalTime end = parse("endTime", endTime, LocalTime::parse, violations);
        RoomId roomId = null;
        if (room != null && !room.isBlank()) {
            roomId = RoomId.parse(room).orElse(null);
            if (roomId == null) {
                violations.add("room", "programme.session.roomUnknown");
            }
        }
        List<SpeakerId> speakerIds = new ArrayList<>();
        for (String speaker : speakers) {
            SpeakerId.parse(speaker).ifPresentOrElse(speakerIds::add,
                    () -> violations.add("speakers", "programme.session.speakerUnknown"));
        }
        Integer places = null;
        if (capacity != null && !capacity.isBlank()) {
            try {
                places = Integer.valueOf(capacity.strip());
            } catch (NumberFormatException e) {
                violations.add("capacity", "programme.session.capacityInvalid");
            }
        }
        LocalDateTime startsAt = day == null || start == null ? null : day.atTime(start);
        LocalDateTime endsAt = day == null || end == null ? null : day.atTime(end);
        return new SessionDraft(title, description, parsedKind, startsAt, endsAt, roomId,
                language == null || language.isBlank() ? "de" : language.strip().toLowerCase(Locale.ROOT),
                "true".equals(signLanguage), "true".equals(captioning), speakerIds, places);
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(String field, String text, Parser<T> parser, Violations violations) {
        if (text == null || text.isBlank()) {
            violations.add(field, "NotBlank");
            return null;
        }
        try {
            return parser.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(field, "programme.session." + field + "Invalid");
            return null;
        }
    }
}
