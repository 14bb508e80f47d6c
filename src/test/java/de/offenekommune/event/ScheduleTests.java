package de.offenekommune.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ScheduleTests {

    private static final ZoneId BERLIN = Schedule.DEFAULT_ZONE;

    @Test
    void a_timed_event_keeps_its_local_times_in_its_zone() {
        // WHEN the reference conference is scheduled at 09:30–17:30 in Berlin (winter time, UTC+1)
        Schedule schedule = Schedule.timed(LocalDateTime.of(2013, 11, 9, 9, 30), LocalDateTime.of(2013, 11, 9, 17, 30), BERLIN);

        // THEN
        assertThat(schedule.start()).isEqualTo(Instant.parse("2013-11-09T08:30:00Z"));
        assertThat(schedule.end()).isEqualTo(Instant.parse("2013-11-09T16:30:00Z"));
        assertThat(schedule.localStart().toLocalDateTime()).isEqualTo(LocalDateTime.of(2013, 11, 9, 9, 30));
        assertThat(schedule.firstDay()).isEqualTo(schedule.lastDay()).isEqualTo(LocalDate.of(2013, 11, 9));
        assertThat(schedule.isMultiDay()).isFalse();
        assertThat(schedule.allDay()).isFalse();
        assertThat(schedule.duration()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void an_all_day_event_ends_at_the_start_of_the_following_day() {
        Schedule schedule = Schedule.allDay(LocalDate.of(2013, 11, 9), LocalDate.of(2013, 11, 9), BERLIN);

        assertThat(schedule.start()).isEqualTo(Instant.parse("2013-11-08T23:00:00Z"));
        assertThat(schedule.end()).isEqualTo(Instant.parse("2013-11-09T23:00:00Z"));
        assertThat(schedule.firstDay()).isEqualTo(LocalDate.of(2013, 11, 9));
        assertThat(schedule.lastDay()).isEqualTo(LocalDate.of(2013, 11, 9));
        assertThat(schedule.isMultiDay()).isFalse();
    }

    @Test
    void an_all_day_event_has_ended_exactly_at_midnight_after_its_last_day() {
        Schedule schedule = Schedule.allDay(LocalDate.of(2013, 11, 9), LocalDate.of(2013, 11, 9), BERLIN);

        assertThat(schedule.hasEnded(Instant.parse("2013-11-09T22:59:59.999Z"))).isFalse();
        assertThat(schedule.hasEnded(Instant.parse("2013-11-09T23:00:00Z"))).isTrue();
    }

    @Test
    void a_multi_day_event_reports_its_first_and_last_day() {
        Schedule allDays = Schedule.allDay(LocalDate.of(2013, 11, 8), LocalDate.of(2013, 11, 10), BERLIN);
        Schedule timed = Schedule.timed(LocalDateTime.of(2013, 11, 8, 18, 0), LocalDateTime.of(2013, 11, 9, 13, 0), BERLIN);

        assertThat(allDays.firstDay()).isEqualTo(LocalDate.of(2013, 11, 8));
        assertThat(allDays.lastDay()).isEqualTo(LocalDate.of(2013, 11, 10));
        assertThat(allDays.isMultiDay()).isTrue();
        assertThat(allDays.duration()).isEqualTo(Duration.ofDays(3));
        assertThat(timed.lastDay()).isEqualTo(LocalDate.of(2013, 11, 9));
        assertThat(timed.isMultiDay()).isTrue();
    }

    @Test
    void an_event_across_the_end_of_summer_time_keeps_the_right_instants() {
        // GIVEN Saturday 26 October 2024, 10:00 (CEST, UTC+2) to Sunday 27 October, 16:00 (CET, UTC+1):
        // clocks go back at 03:00 on the last Sunday of October
        Schedule schedule = Schedule.timed(LocalDateTime.of(2024, 10, 26, 10, 0), LocalDateTime.of(2024, 10, 27, 16, 0), BERLIN);

        // THEN each end is in its own offset, and the event lasts one hour longer than the wall clock says
        assertThat(schedule.start()).isEqualTo(Instant.parse("2024-10-26T08:00:00Z"));
        assertThat(schedule.end()).isEqualTo(Instant.parse("2024-10-27T15:00:00Z"));
        assertThat(schedule.localStart().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(schedule.localEnd().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(schedule.localEnd().toLocalDateTime()).isEqualTo(LocalDateTime.of(2024, 10, 27, 16, 0));
        assertThat(schedule.duration()).isEqualTo(Duration.ofHours(31));
    }

    @Test
    void the_day_summer_time_ends_has_25_hours_and_is_still_one_day() {
        Schedule sunday = Schedule.allDay(LocalDate.of(2024, 10, 27), LocalDate.of(2024, 10, 27), BERLIN);

        assertThat(sunday.start()).isEqualTo(Instant.parse("2024-10-26T22:00:00Z"));
        assertThat(sunday.end()).isEqualTo(Instant.parse("2024-10-27T23:00:00Z"));
        assertThat(sunday.duration()).isEqualTo(Duration.ofHours(25));
        assertThat(sunday.lastDay()).isEqualTo(LocalDate.of(2024, 10, 27));
        assertThat(sunday.isMultiDay()).isFalse();
    }

    @Test
    void a_weekend_across_the_change_ends_at_midnight_winter_time() {
        Schedule weekend = Schedule.allDay(LocalDate.of(2024, 10, 26), LocalDate.of(2024, 10, 27), BERLIN);

        assertThat(weekend.end()).isEqualTo(Instant.parse("2024-10-27T23:00:00Z"));
        assertThat(weekend.lastDay()).isEqualTo(LocalDate.of(2024, 10, 27));
        assertThat(weekend.duration()).isEqualTo(Duration.ofHours(49));
    }

    @Test
    void a_start_in_the_hour_skipped_in_spring_moves_forward() {
        // 31 March 2024: clocks jump from 02:00 to 03:00, so 02:30 does not exist in Berlin
        Schedule schedule = Schedule.timed(LocalDateTime.of(2024, 3, 31, 2, 30), LocalDateTime.of(2024, 3, 31, 4, 0), BERLIN);

        assertThat(schedule.start()).isEqualTo(Instant.parse("2024-03-31T01:30:00Z"));
        assertThat(schedule.localStart().toLocalTime()).hasToString("03:30");
        assertThat(schedule.duration()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void the_same_local_times_in_another_zone_are_other_instants() {
        Schedule london = Schedule.timed(LocalDateTime.of(2013, 11, 9, 9, 30), LocalDateTime.of(2013, 11, 9, 17, 30),
                ZoneId.of("Europe/London"));

        assertThat(london.start()).isEqualTo(Instant.parse("2013-11-09T09:30:00Z"));
        assertThat(london.localStart().toLocalTime()).hasToString("09:30");
    }
}
