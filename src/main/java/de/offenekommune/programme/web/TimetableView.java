package de.offenekommune.programme.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import de.offenekommune.event.Event;
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

    TimetableView(Event event, Programme programme, Instant now) {
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

    /** "Dr. Anna Beispiel (Stadt Wuppertal), Ben Muster" */
    public String speakerLine(Session session) {
        return speakers(session).stream()
                .map(speaker -> speaker.organization() == null ? speaker.name()
                        : speaker.name() + " (" + speaker.organization() + ")")
                .collect(Collectors.joining(", "));
    }
}
