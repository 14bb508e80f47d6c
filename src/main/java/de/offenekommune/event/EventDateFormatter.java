package de.offenekommune.event;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Dates as people read them: "Samstag, 9. November 2013, 09:30–17:30 Uhr" in German,
 * "Saturday, 9 November 2013, 09:30–17:30" in English, always in the event's own time zone.
 * Published to other capabilities, which show event dates in pages and mails.
 */
@Component
public class EventDateFormatter {

    private final MessageSource messages;
    private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

    EventDateFormatter(MessageSource messages) {
        this.messages = messages;
    }

    /** The whole schedule in one phrase. */
    public String when(Schedule schedule, Locale locale) {
        ZonedDateTime start = schedule.localStart();
        ZonedDateTime end = schedule.localEnd();
        String phrase;
        if (schedule.allDay()) {
            phrase = schedule.isMultiDay()
                    ? text("event.when.days", locale, day(start, locale), day(schedule.lastDay().atStartOfDay(schedule.zone()), locale))
                    : day(start, locale);
        } else if (schedule.isMultiDay()) {
            phrase = text("event.when.multiDay", locale, day(start, locale), time(start, locale), day(end, locale),
                    time(end, locale));
        } else {
            phrase = text("event.when.sameDay", locale, day(start, locale), time(start, locale), time(end, locale));
        }
        if (!schedule.zone().equals(Schedule.DEFAULT_ZONE)) {
            phrase = text("event.when.zone", locale, phrase, schedule.zone().getId());
        }
        return phrase;
    }

    /** "Samstag, 9. November 2013". */
    public String date(Instant instant, ZoneId zone, Locale locale) {
        return day(instant.atZone(zone), locale);
    }

    /** "Samstag, 9. November 2013, 09:30 Uhr". */
    public String dateTime(Instant instant, ZoneId zone, Locale locale) {
        ZonedDateTime local = instant.atZone(zone);
        return text("event.when.dateTime", locale, day(local, locale), time(local, locale));
    }

    /** "09.11.2013" – short form for tables. */
    public String shortDate(Instant instant, ZoneId zone, Locale locale) {
        return formatter("event.format.shortDate", locale).format(instant.atZone(zone));
    }

    /** ISO 8601 with offset, for {@code <time datetime>}. */
    public String iso(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    private String day(ZonedDateTime dateTime, Locale locale) {
        return formatter("event.format.day", locale).format(dateTime);
    }

    private String time(ZonedDateTime dateTime, Locale locale) {
        return formatter("event.format.time", locale).format(dateTime);
    }

    private DateTimeFormatter formatter(String key, Locale locale) {
        return formatters.computeIfAbsent(key + "|" + locale,
                k -> DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
