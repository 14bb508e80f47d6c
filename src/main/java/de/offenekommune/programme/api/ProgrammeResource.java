package de.offenekommune.programme.api;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.offenekommune.event.Event;
import de.offenekommune.media.Portrait;
import de.offenekommune.platform.SiteProperties;
import de.offenekommune.programme.Programme;
import de.offenekommune.programme.Room;
import de.offenekommune.programme.Session;
import de.offenekommune.programme.Speaker;
import io.swagger.v3.oas.annotations.media.Schema;

/** An event's programme as JSON; speakers without consent appear only to the event's organizers. */
record ProgrammeResource(String eventId, String url, String icalUrl, List<RoomResource> rooms,
        List<SpeakerResource> speakers, List<SessionResource> sessions) {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    record RoomResource(String id, String name, Integer capacity, boolean stepFree) {
        static RoomResource of(Room room) {
            return new RoomResource(room.id().toString(), room.name(), room.capacity(), room.stepFree());
        }
    }

    /** @param portrait the person's portrait, or {@code null} when there is none */
    record SpeakerResource(String id, String name, String role, String organization, String bio, boolean consent,
            PortraitResource portrait) {
        static SpeakerResource of(Speaker speaker) {
            return of(speaker, null, null);
        }

        static SpeakerResource of(Speaker speaker, Portrait portrait, SiteProperties site) {
            return new SpeakerResource(speaker.id().toString(), speaker.name(), speaker.role(), speaker.organization(),
                    speaker.bio(), speaker.consent(), portrait == null ? null : PortraitResource.of(portrait, site));
        }
    }

    /** @param url the widest rendition; {@code widths} lists all, narrowest first */
    record PortraitResource(String alt, String url, List<String> widths) {
        static PortraitResource of(Portrait portrait, SiteProperties site) {
            return new PortraitResource(portrait.alt(), site.absolute(portrait.largest().path()),
                    portrait.renditions().stream().map(r -> site.absolute(r.path())).toList());
        }
    }

    record SessionResource(String id, String title, String description, String kind, String startsAt, String endsAt,
            String roomId, String language, boolean signLanguage, boolean captioning, List<String> speakerIds,
            String url, String icalUrl,
            @Schema(description = "Places of a workshop chosen when registering; null for a session open to everyone") Integer capacity,
            @Schema(description = "Places of the workshop nobody holds yet; 0 means new choices join its waiting list") Integer placesLeft) {

        static SessionResource of(Event event, Programme programme, Session session, boolean organizer,
                SiteProperties site) {
            var zone = event.details().schedule().zone();
            String base = site.absolute("/events/" + event.slug() + "/programme");
            List<String> speakers = (organizer ? programme.speakers(session) : programme.publicSpeakers(session))
                    .stream().map(speaker -> speaker.id().toString()).toList();
            return new SessionResource(session.id().toString(), session.title(), session.description(),
                    session.kind().name(), ISO.format(session.start().atZone(zone)),
                    ISO.format(session.end().atZone(zone)),
                    session.room() == null ? null : session.room().toString(), session.language(),
                    session.signLanguage(), session.captioning(), speakers, base + "#" + session.anchor(),
                    base + "/" + session.id() + ".ics", session.capacity(), programme.placesLeft(session));
        }
    }

    /** @param portraits those of the speakers shown, keyed by speaker id */
    static ProgrammeResource of(Event event, Programme programme, boolean organizer, Map<UUID, Portrait> portraits,
            SiteProperties site) {
        String base = site.absolute("/events/" + event.slug() + "/programme");
        return new ProgrammeResource(event.id().toString(), base, base + ".ics",
                programme.rooms().stream().map(RoomResource::of).toList(),
                programme.speakers().stream().filter(speaker -> organizer || speaker.consent())
                        .map(speaker -> SpeakerResource.of(speaker, portraits.get(speaker.id().value()), site)).toList(),
                programme.sessions().stream()
                        .map(session -> SessionResource.of(event, programme, session, organizer, site)).toList());
    }
}
