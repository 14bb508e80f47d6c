package de.offenekommune.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Days on which the demo's events are plausible, counted from today: never a public holiday in North
 * Rhine-Westphalia, never in the Christmas holidays (24 December to 6 January), never a Sunday, and for events of
 * the administration (information evenings, council meetings, workshops) on working days only.
 * A library for holidays would bring an XML binding stack into the application for this one detail;
 * the holidays of one state are a dozen lines.
 */
final class DemoDates {

    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(
            MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(10, 3), MonthDay.of(11, 1),
            MonthDay.of(12, 25), MonthDay.of(12, 26));

    private DemoDates() {
    }

    /** The first working day (Monday to Friday) on or after {@code day}. */
    static LocalDate workingDay(LocalDate day) {
        return days(day, 1, false);
    }

    /** The first day on or after {@code day}, Saturdays included, that suits a civic event. */
    static LocalDate notSunday(LocalDate day) {
        return days(day, 1, true);
    }

    /** The first day on or after {@code day} that starts {@code length} working days in a row. */
    static LocalDate workingDays(LocalDate day, int length) {
        return days(day, length, false);
    }

    private static LocalDate days(LocalDate day, int length, boolean saturday) {
        LocalDate candidate = day;
        while (!suits(candidate, length, saturday)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private static boolean suits(LocalDate first, int length, boolean saturday) {
        for (int i = 0; i < length; i++) {
            LocalDate day = first.plusDays(i);
            DayOfWeek weekday = day.getDayOfWeek();
            if (weekday == DayOfWeek.SUNDAY || (!saturday && weekday == DayOfWeek.SATURDAY) || isHoliday(day)
                    || isBetweenTheYears(day)) {
                return false;
            }
        }
        return true;
    }

    static boolean isBetweenTheYears(LocalDate day) {
        return (day.getMonthValue() == 12 && day.getDayOfMonth() >= 24)
                || (day.getMonthValue() == 1 && day.getDayOfMonth() <= 6);
    }

    /** Public holidays in North Rhine-Westphalia. */
    static boolean isHoliday(LocalDate day) {
        if (FIXED_HOLIDAYS.contains(MonthDay.from(day))) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        // Good Friday, Easter Monday, Ascension Day, Whit Monday, Corpus Christi
        return Set.of(-2, 1, 39, 50, 60).stream().anyMatch(offset -> easter.plusDays(offset).equals(day));
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
