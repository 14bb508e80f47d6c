package de.offenekommune.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import de.offenekommune.event.Schedule;

class DemoDatesTests {

    @Test
    void easter_sunday_is_computed_for_known_years() {
        assertThat(DemoDates.easterSunday(2013)).isEqualTo(LocalDate.of(2013, 3, 31));
        assertThat(DemoDates.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(DemoDates.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(DemoDates.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void the_public_holidays_of_north_rhine_westphalia_are_known() {
        assertThat(LocalDate.of(2026, 4, 3)).as("Karfreitag").matches(DemoDates::isHoliday);
        assertThat(LocalDate.of(2026, 5, 14)).as("Christi Himmelfahrt").matches(DemoDates::isHoliday);
        assertThat(LocalDate.of(2026, 6, 4)).as("Fronleichnam").matches(DemoDates::isHoliday);
        assertThat(LocalDate.of(2026, 10, 3)).as("Tag der Deutschen Einheit").matches(DemoDates::isHoliday);
        assertThat(LocalDate.of(2026, 11, 1)).as("Allerheiligen").matches(DemoDates::isHoliday);
        assertThat(LocalDate.of(2026, 11, 9)).as("a Monday").matches(day -> !DemoDates.isHoliday(day));
    }

    @Test
    void no_demo_event_falls_on_a_holiday_between_the_years_or_on_a_sunday_whatever_day_the_demo_starts() {
        LocalDate first = LocalDate.of(2026, 1, 1);
        for (LocalDate today = first; today.isBefore(first.plusYears(2)); today = today.plusDays(1)) {
            for (DemoCatalog.DemoEvent event : DemoCatalog.events(today)) {
                Schedule schedule = event.details().schedule();
                ZonedDateTime start = schedule.start().atZone(schedule.zone());
                ZonedDateTime end = schedule.end().minusSeconds(1).atZone(schedule.zone());
                for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
                    String what = event.details().title() + " on " + day + " (demo started " + today + ")";
                    assertThat(DemoDates.isHoliday(day)).as(what).isFalse();
                    assertThat(DemoDates.isBetweenTheYears(day)).as(what).isFalse();
                    assertThat(day.getDayOfWeek()).as(what).isNotEqualTo(DayOfWeek.SUNDAY);
                }
            }
        }
    }

    @Test
    void evening_events_of_the_administration_are_on_working_days() {
        LocalDate saturday = LocalDate.of(2026, 12, 5);
        assertThat(DemoDates.workingDay(saturday)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(DemoDates.workingDay(LocalDate.of(2026, 12, 23))).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(DemoDates.workingDay(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(DemoDates.notSunday(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(DemoDates.workingDays(LocalDate.of(2026, 12, 3), 2)).as("Thursday and Friday")
                .isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(DemoDates.workingDays(LocalDate.of(2026, 12, 4), 2)).as("not Friday and Saturday")
                .isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
