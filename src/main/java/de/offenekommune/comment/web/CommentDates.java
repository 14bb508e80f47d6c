package de.offenekommune.comment.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** When a comment was written, as people read it, in the event's time zone: "9. November 2013, 09:30 Uhr". */
@Component
public class CommentDates {

    private final MessageSource messages;
    private final Map<Locale, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

    CommentDates(MessageSource messages) {
        this.messages = messages;
    }

    public String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return formatters.computeIfAbsent(locale,
                        key -> DateTimeFormatter.ofPattern(messages.getMessage("comment.format.dateTime", null, key), key))
                .format(instant.atZone(zone));
    }

    /** ISO 8601 with offset, for {@code <time datetime>}. */
    public String iso(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
