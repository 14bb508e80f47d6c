package de.offenekommune.registration;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventStatus;
import de.offenekommune.event.Schedule;
import de.offenekommune.event.Venue;
import de.offenekommune.notification.MailAttachment;

/**
 * One event as an iCalendar file (RFC 5545) for the registrant's calendar: UID is the event id and
 * SEQUENCE the event's, so a later file with a cancellation or a new time updates the same entry.
 * Times carry the event's TZID with a VTIMEZONE built from the JDK's zone rules around the event.
 */
final class CalendarFile {

    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_LINE_OCTETS = 75;

    private CalendarFile() {
    }

    static MailAttachment attachment(Event event, String url, Instant now) {
        return new MailAttachment(event.slug() + ".ics", CONTENT_TYPE, of(event, url, now));
    }

    static byte[] of(Event event, String url, Instant now) {
        EventDetails details = event.details();
        Schedule schedule = details.schedule();
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Offene Kommune//Anmeldung//DE");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        if (!schedule.allDay()) {
            timeZone(lines, schedule);
        }
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + event.id());
        lines.add("DTSTAMP:" + UTC.format(now));
        lines.add("SEQUENCE:" + event.sequence());
        if (schedule.allDay()) {
            lines.add("DTSTART;VALUE=DATE:" + DATE.format(schedule.firstDay()));
            lines.add("DTEND;VALUE=DATE:" + DATE.format(schedule.lastDay().plusDays(1)));
        } else {
            String tzid = ";TZID=" + schedule.zone().getId() + ":";
            lines.add("DTSTART" + tzid + LOCAL.format(schedule.localStart()));
            lines.add("DTEND" + tzid + LOCAL.format(schedule.localEnd()));
        }
        lines.add("SUMMARY:" + text(details.title()));
        String location = location(details);
        if (location != null) {
            lines.add("LOCATION:" + text(location));
        }
        lines.add("DESCRIPTION:" + text(details.summary() + "\n\n" + url));
        lines.add("URL:" + url);
        lines.add("STATUS:" + status(event.status()));
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : lines) {
            fold(line, out);
        }
        return out.toByteArray();
    }

    private static String status(EventStatus status) {
        return switch (status) {
            case CANCELLED -> "CANCELLED";
            case POSTPONED -> "TENTATIVE";
            default -> "CONFIRMED";
        };
    }

    private static String location(EventDetails details) {
        if (details.attendanceMode().hasVenue()) {
            Venue venue = details.venue();
            String place = Stream.of(venue.name(), venue.street(),
                            Stream.of(venue.postalCode(), venue.localityWithDistrict()).filter(Objects::nonNull)
                                    .collect(Collectors.joining(" ")))
                    .filter(part -> part != null && !part.isBlank())
                    .collect(Collectors.joining(", "));
            return place.isEmpty() ? null : place;
        }
        return details.onlineUrl();
    }

    /**
     * The observances in force from a year before to a year after the event: enough for every calendar
     * to place the event correctly, whatever the zone's history.
     */
    private static void timeZone(List<String> lines, Schedule schedule) {
        ZoneId zone = schedule.zone();
        ZoneRules rules = zone.getRules();
        Instant from = schedule.start().minus(java.time.Duration.ofDays(366));
        Instant to = schedule.end().plus(java.time.Duration.ofDays(366));
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition transition = rules.previousTransition(from);
        if (transition == null) {
            transition = rules.nextTransition(from);
        }
        while (transition != null && transition.getInstant().isBefore(to)) {
            transitions.add(transition);
            transition = rules.nextTransition(transition.getInstant());
        }
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone.getId());
        if (transitions.isEmpty()) {
            ZoneOffset offset = rules.getOffset(schedule.start());
            lines.add("BEGIN:STANDARD");
            lines.add("DTSTART:19700101T000000");
            lines.add("TZOFFSETFROM:" + offset(offset));
            lines.add("TZOFFSETTO:" + offset(offset));
            lines.add("END:STANDARD");
        }
        for (ZoneOffsetTransition each : transitions) {
            String kind = rules.isDaylightSavings(each.getInstant()) ? "DAYLIGHT" : "STANDARD";
            lines.add("BEGIN:" + kind);
            lines.add("DTSTART:" + LOCAL.format(each.getDateTimeBefore()));
            lines.add("TZOFFSETFROM:" + offset(each.getOffsetBefore()));
            lines.add("TZOFFSETTO:" + offset(each.getOffsetAfter()));
            lines.add("END:" + kind);
        }
        lines.add("END:VTIMEZONE");
    }

    /** {@code +0100}, or {@code +005328} for offsets with seconds. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String text = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format("%02d", abs % 60);
    }

    /** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
    }

    /** Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character. */
    static void fold(String line, ByteArrayOutputStream out) {
        int octets = 0;
        int limit = MAX_LINE_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
            if (octets + bytes.length > limit) {
                out.writeBytes(new byte[] {'\r', '\n', ' '});
                octets = 0;
                limit = MAX_LINE_OCTETS - 1;
            }
            out.writeBytes(bytes);
            octets += bytes.length;
            i += Character.charCount(codePoint);
        }
        out.writeBytes(new byte[] {'\r', '\n'});
    }
}
