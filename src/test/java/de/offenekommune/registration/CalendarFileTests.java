package de.offenekommune.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;

import de.offenekommune.event.UnsavedEvents;

import org.junit.jupiter.api.Test;

class CalendarFileTests {

    @Test
    void text_values_escape_separators_and_line_breaks() {
        assertThat(CalendarFile.text("Rathaus, Saal 1; Eingang\\Hof\nzweite Zeile"))
                .isEqualTo("Rathaus\\, Saal 1\\; Eingang\\\\Hof\\nzweite Zeile");
    }

    @Test
    void long_lines_are_folded_at_75_octets_without_splitting_characters() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CalendarFile.fold("SUMMARY:" + "Bürgerbeteiligung ".repeat(10), out);
        String folded = out.toString(StandardCharsets.UTF_8);

        assertThat(folded).endsWith("\r\n");
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo("SUMMARY:" + "Bürgerbeteiligung ".repeat(10) + "\r\n");
    }

    @Test
    void offsets_are_written_as_rfc_5545_utc_offsets() {
        assertThat(CalendarFile.offset(ZoneOffset.ofHours(1))).isEqualTo("+0100");
        assertThat(CalendarFile.offset(ZoneOffset.ofHoursMinutes(-3, -30))).isEqualTo("-0330");
        assertThat(CalendarFile.offset(ZoneOffset.ofTotalSeconds(3208))).isEqualTo("+005328");
    }

    @Test
    void an_event_in_berlin_carries_its_zone_with_summer_and_winter_time() {
        var event = UnsavedEvents.published(LocalDateTime.of(2026, 11, 9, 9, 30), LocalDateTime.of(2026, 11, 9, 17, 30),
                ZoneId.of("Europe/Berlin"), false);

        String ics = new String(CalendarFile.of(event, "https://example.org/events/x", Instant.parse("2026-10-01T08:00:00Z")),
                StandardCharsets.UTF_8);

        assertThat(ics.split("\r\n")).startsWith("BEGIN:VCALENDAR", "VERSION:2.0");
        assertThat(ics).contains("UID:" + event.id() + "\r\n")
                .contains("DTSTAMP:20261001T080000Z\r\n")
                .contains("DTSTART;TZID=Europe/Berlin:20261109T093000\r\n")
                .contains("DTEND;TZID=Europe/Berlin:20261109T173000\r\n")
                .contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n")
                // the change to winter time before the event: 25 October 2026, 03:00 summer time
                .contains("BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD")
                .contains("BEGIN:DAYLIGHT\r\n")
                .contains("SEQUENCE:0\r\n").contains("STATUS:CONFIRMED\r\n")
                .contains("LOCATION:Rathaus Barmen\\, Johannes-Rau-Platz 1\\, 42275 Wuppertal-Barmen\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        assertThat(Arrays.stream(ics.split("\r\n")).filter(line -> line.startsWith("BEGIN:"))).hasSize(
                (int) Arrays.stream(ics.split("\r\n")).filter(line -> line.startsWith("END:")).count());
    }

    @Test
    void an_all_day_event_uses_dates_and_a_zone_without_daylight_saving_gets_one_observance() {
        var allDay = UnsavedEvents.published(LocalDateTime.of(2026, 6, 1, 0, 0), LocalDateTime.of(2026, 6, 2, 0, 0),
                ZoneId.of("Europe/Berlin"), true);
        String ics = new String(CalendarFile.of(allDay, "https://example.org/x", Instant.now()), StandardCharsets.UTF_8);
        assertThat(ics).contains("DTSTART;VALUE=DATE:20260601\r\n").contains("DTEND;VALUE=DATE:20260603\r\n")
                .doesNotContain("VTIMEZONE");

        var tokyo = UnsavedEvents.published(LocalDateTime.of(2026, 6, 1, 10, 0), LocalDateTime.of(2026, 6, 1, 12, 0),
                ZoneId.of("Asia/Tokyo"), false);
        String japan = new String(CalendarFile.of(tokyo, "https://example.org/x", Instant.now()), StandardCharsets.UTF_8);
        // the last change of offset (1951) stays in force: one observance, no daylight saving
        assertThat(japan).contains("TZID:Asia/Tokyo\r\nBEGIN:STANDARD\r\n").contains("TZOFFSETTO:+0900\r\nEND:STANDARD\r\nEND:VTIMEZONE")
                .doesNotContain("DAYLIGHT");

        var utc = UnsavedEvents.published(LocalDateTime.of(2026, 6, 1, 10, 0), LocalDateTime.of(2026, 6, 1, 12, 0),
                ZoneId.of("UTC"), false);
        assertThat(new String(CalendarFile.of(utc, "https://example.org/x", Instant.now()), StandardCharsets.UTF_8))
                .contains("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\n");
    }
}
