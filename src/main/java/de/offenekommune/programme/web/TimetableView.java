package de.offenekommune.programme.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.offenekommune.event.Event;
import de.offenekommune.media.Portrait;
import de.offenekommune.programme.Programme;
import de.offenekommune.programme.Room;
import de.offenekommune.programme.Session;
import de.offenekommune.programme.Speaker;

/**
 * What the templates need to show a programme: the programme itself, times in the event's zone, and
 * which sessions run now and come next while the event is on.
 */
public final class TimetableView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Event event;
    private final Programme programme;
    private final Instant now;
    private final ZoneId zone;
    private final Map<UUID, Portrait> portraits;

    TimetableView(Event event, Programme programme, Instant now) {
        this(event, programme, now, Map.of());
    }

    /** @param portraits those of the speakers who agreed to be named; no others are ever shown */
    TimetableView(Event event, Programme programme, Instant now, Map<UUID, Portrait> portraits) {
        this.portraits = portraits;
        this.event = event;
        this.programme = programme;
        this.now = now;
        this.zone = event.details().schedule().zone();
    }

    public Event event() {
        return event;
    }

    public Programme programme() {
        return programme;
    }

    public String base() {
        return "/events/" + event.slug() + "/programme";
    }

    /** Whether the event is on: then the page says what runs now and what comes next. */
    public boolean isLive() {
        var schedule = event.details().schedule();
        return !now.isBefore(schedule.start()) && now.isBefore(schedule.end()) && !programme.isEmpty();
    }

    public List<Session> now() {
        return programme.now(now);
    }

    public List<Session> next() {
        return programme.next(now);
    }

    public boolean isRunning(Session session) {
        return isLive() && session.isRunning(now);
    }

    public boolean isMultiDay() {
        return programme.sessions().stream().map(session -> session.start().atZone(zone).toLocalDate()).distinct()
                .count() > 1;
    }

    public String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    public String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    public String day(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(instant.atZone(zone));
    }

    public String room(Session session) {
        return programme.room(session).map(Room::name).orElse(null);
    }

    public List<Speaker> speakers(Session session) {
        return programme.publicSpeakers(session);
    }

    /** The people named in public who take part in sessions, by name. */
    public List<Speaker> publicSpeakers() {
        return programme.speakers().stream().filter(Speaker::consent)
                .filter(speaker -> !sessionsOf(speaker).isEmpty()).toList();
    }

    public List<Session> sessionsOf(Speaker speaker) {
        return programme.sessions().stream().filter(session -> session.speakers().contains(speaker.id())).toList();
    }

    public Portrait portrait(Speaker speaker) {
        return speaker.consent() ? portraits.get(speaker.id().value()) : null;
    }

    /** The anchor of a speaker in the list of speakers on the programme page. */
    public String anchor(Speaker speaker) {
        return "speaker-" + speaker.id();
    }

    /** "Dr. Anna Beispiel (Stadt Wuppertal), Ben Muster" */
    public String speakerLine(Session session) {
        return speakers(session).stream()
                .map(speaker -> speaker.organization() == null ? speaker.name()
                        : speaker.name() + " (" + speaker.organization() + ")")
                .collect(Collectors.joining(", "));
    }
}
