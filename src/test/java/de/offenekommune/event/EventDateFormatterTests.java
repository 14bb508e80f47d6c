package de.offenekommune.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;


class EventDateFormatterTests {

    private static final ZoneId BERLIN = Schedule.DEFAULT_ZONE;

    private final EventDateFormatter dates = new EventDateFormatter(messages());

    /** The bundles as the application loads them: UTF-8, German when a key is missing in English. */
    private static ReloadableResourceBundleMessageSource messages() {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames("classpath:messages/event", "classpath:messages/platform", "classpath:messages/account");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static Schedule reference() {
        return Schedule.timed(LocalDateTime.of(2013, 11, 9, 9, 30), LocalDateTime.of(2013, 11, 9, 17, 30), BERLIN);
    }

    @Test
    void says_when_the_reference_conference_takes_place_in_german() {
        assertThat(dates.when(reference(), Locale.GERMAN)).isEqualTo("Samstag, 9. November 2013, 09:30–17:30 Uhr");
    }

    @Test
    void says_when_the_reference_conference_takes_place_in_english() {
        assertThat(dates.when(reference(), Locale.ENGLISH)).isEqualTo("Saturday, 9 November 2013, 09:30–17:30");
    }

    @Test
    void an_event_over_night_names_both_days_with_their_times() {
        Schedule schedule = Schedule.timed(LocalDateTime.of(2013, 11, 8, 18, 0), LocalDateTime.of(2013, 11, 9, 17, 30), BERLIN);

        assertThat(dates.when(schedule, Locale.GERMAN))
                .isEqualTo("Freitag, 8. November 2013, 18:00 Uhr – Samstag, 9. November 2013, 17:30 Uhr");
        assertThat(dates.when(schedule, Locale.ENGLISH))
                .isEqualTo("Friday, 8 November 2013, 18:00 – Saturday, 9 November 2013, 17:30");
    }

    @Test
    void an_all_day_event_shows_no_times() {
        Schedule day = Schedule.allDay(LocalDate.of(2013, 11, 9), LocalDate.of(2013, 11, 9), BERLIN);

        assertThat(dates.when(day, Locale.GERMAN)).isEqualTo("Samstag, 9. November 2013");
        assertThat(dates.when(day, Locale.ENGLISH)).isEqualTo("Saturday, 9 November 2013");
    }

    @Test
    void an_all_day_event_over_several_days_names_its_last_day_not_the_day_after() {
        Schedule days = Schedule.allDay(LocalDate.of(2013, 11, 8), LocalDate.of(2013, 11, 10), BERLIN);

        assertThat(dates.when(days, Locale.GERMAN)).isEqualTo("Freitag, 8. November 2013 – Sonntag, 10. November 2013");
        assertThat(dates.when(days, Locale.ENGLISH)).isEqualTo("Friday, 8 November 2013 – Sunday, 10 November 2013");
    }

    @Test
    void an_all_day_weekend_across_the_end_of_summer_time_ends_on_sunday() {
        Schedule weekend = Schedule.allDay(LocalDate.of(2024, 10, 26), LocalDate.of(2024, 10, 27), BERLIN);

        assertThat(dates.when(weekend, Locale.GERMAN)).isEqualTo("Samstag, 26. Oktober 2024 – Sonntag, 27. Oktober 2024");
    }

    @Test
    void times_across_the_end_of_summer_time_are_the_local_ones() {
        Schedule schedule = Schedule.timed(LocalDateTime.of(2024, 10, 26, 10, 0), LocalDateTime.of(2024, 10, 27, 16, 0), BERLIN);

        assertThat(dates.when(schedule, Locale.GERMAN))
                .isEqualTo("Samstag, 26. Oktober 2024, 10:00 Uhr – Sonntag, 27. Oktober 2024, 16:00 Uhr");
    }

    @Test
    void an_event_in_another_zone_says_which_one_and_keeps_its_local_times() {
        Schedule london = Schedule.timed(LocalDateTime.of(2013, 11, 9, 9, 30), LocalDateTime.of(2013, 11, 9, 17, 30),
                ZoneId.of("Europe/London"));

        assertThat(dates.when(london, Locale.GERMAN))
                .isEqualTo("Samstag, 9. November 2013, 09:30–17:30 Uhr (Zeitzone Europe/London)");
        assertThat(dates.when(london, Locale.ENGLISH))
                .isEqualTo("Saturday, 9 November 2013, 09:30–17:30 (time zone Europe/London)");
    }

    @Test
    void single_moments_and_short_dates_use_the_given_zone() {
        Instant deadline = Instant.parse("2013-11-07T22:59:00Z");

        assertThat(dates.dateTime(deadline, BERLIN, Locale.GERMAN)).isEqualTo("Donnerstag, 7. November 2013, 23:59 Uhr");
        assertThat(dates.date(deadline, BERLIN, Locale.ENGLISH)).isEqualTo("Thursday, 7 November 2013");
        assertThat(dates.shortDate(deadline, BERLIN, Locale.GERMAN)).isEqualTo("07.11.2013");
        assertThat(dates.shortDate(deadline, ZoneId.of("UTC"), Locale.ENGLISH)).isEqualTo("07/11/2013");
        assertThat(dates.iso(deadline, BERLIN)).isEqualTo("2013-11-07T23:59:00+01:00");
    }
}
