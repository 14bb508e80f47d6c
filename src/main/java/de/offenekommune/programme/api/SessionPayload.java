package de.offenekommune.programme.api;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.offenekommune.platform.Violations;
import de.offenekommune.programme.RoomId;
import de.offenekommune.programme.SessionDraft;
import de.offenekommune.programme.SessionKind;
import de.offenekommune.programme.SpeakerId;
import io.swagger.v3.oas.annotations.media.Schema;

/** A session as an API client sends it; times are local to the event's zone unless they carry an offset. */
record SessionPayload(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String title,
        @Schema(maxLength = 5000) String description,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"TALK", "WORKSHOP", "PANEL", "BARCAMP", "BREAK", "OTHER"}) String kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2013-11-09T10:00") String startsAt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2013-11-09T10:45") String endsAt,
        @Schema(description = "Id of one of the event's rooms; none for the whole venue") String roomId,
        @Schema(description = "ISO 639-1 code: de, en, fr, tr, ar, uk, ru or pl; default de", example = "de") String language,
        Boolean signLanguage,
        Boolean captioning,
        @Schema(description = "Ids of the event's speakers, in the order they are named") List<String> speakerIds,
        @Schema(description = "Places people choose when they register (a workshop); none for a session open to everyone", minimum = "1", example = "20") Integer capacity) {

    SessionDraft toDraft(ZoneId zone, Violations violations) {
        SessionKind parsedKind = null;
        if (kind == null) {
            violations.add("kind", "NotBlank");
        } else {
            try {
                parsedKind = SessionKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add("kind", "programme.session.kindInvalid");
            }
        }
        RoomId room = null;
        if (roomId != null && !roomId.isBlank()) {
            room = RoomId.parse(roomId).orElse(null);
            if (room == null) {
                violations.add("roomId", "programme.session.roomUnknown");
            }
        }
        List<SpeakerId> speakers = new ArrayList<>();
        if (speakerIds != null) {
            for (String id : speakerIds) {
                SpeakerId.parse(id).ifPresentOrElse(speakers::add,
                        () -> violations.add("speakerIds", "programme.session.speakerUnknown"));
            }
        }
        return new SessionDraft(title, description, parsedKind, time("startsAt", startsAt, zone, violations),
                time("endsAt", endsAt, zone, violations), room,
                language == null || language.isBlank() ? "de" : language.strip().toLowerCase(Locale.ROOT),
                Boolean.TRUE.equals(signLanguage), Boolean.TRUE.equals(captioning), speakers, capacity);
    }

    private static LocalDateTime time(String field, String value, ZoneId zone, Violations violations) {
        if (value == null || value.isBlank()) {
            violations.add(field, "NotBlank");
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value.strip()).atZoneSameInstant(zone).toLocalDateTime();
            } catch (DateTimeParseException again) {
                violations.add(field, "programme.session.timeInvalid");
                return null;
            }
        }
    }
}
