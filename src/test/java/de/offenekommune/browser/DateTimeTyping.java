package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;

/**
 * Types dates and times into the browser's native date and time fields the way a person does: digit
 * by digit, in the order of the segments the field shows.
 *
 * <p>That order comes from the browser's own language, not from the page or the context locale.
 * Debian's Chromium ships only English locale data unless {@code chromium-l10n} is installed, so
 * its fields show MM/DD/YYYY and a 12-hour clock even for a German page, while a browser with
 * German data shows TT.MM.JJJJ and 24 hours. A probe in a blank page finds out which it is.
 */
final class DateTimeTyping {

    private final boolean dayFirst;
    private final boolean twelveHourClock;

    private DateTimeTyping(boolean dayFirst, boolean twelveHourClock) {
        this.dayFirst = dayFirst;
        this.twelveHourClock = twelveHourClock;
    }

    static DateTimeTyping probe(BrowserContext context) {
        Page probe = context.newPage();
        try {
            probe.setContent("<!DOCTYPE html><input id=d type=date><input id=t type=time>");
            probe.keyboard().press("Tab");
            probe.keyboard().type("01022003");
            String date = (String) probe.evaluate("document.getElementById('d').value");
            assertThat(date).as("date field order of this browser").isIn("2003-02-01", "2003-01-02");
            while (!Boolean.TRUE.equals(probe.evaluate("document.activeElement.id === 't'"))) {
                probe.keyboard().press("Tab");
            }
            // A morning time: a 12-hour field stays empty until AM or PM is chosen.
            probe.keyboard().type("0930");
            String time = (String) probe.evaluate("document.getElementById('t').value");
            assertThat(time).as("clock of this browser's time fields").isIn("09:30", "");
            return new DateTimeTyping(date.equals("2003-02-01"), time.isEmpty());
        } finally {
            probe.close();
        }
    }

    /** Types into the focused date field, starting at its first segment. */
    void typeDate(Keyboard keyboard, LocalDate date) {
        int first = dayFirst ? date.getDayOfMonth() : date.getMonthValue();
        int second = dayFirst ? date.getMonthValue() : date.getDayOfMonth();
        keyboard.type("%02d%02d%04d".formatted(first, second, date.getYear()));
    }

    /** Types into the focused time field, starting at its first segment. */
    void typeTime(Keyboard keyboard, LocalTime time) {
        if (twelveHourClock) {
            int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
            keyboard.type("%02d%02d%s".formatted(hour, time.getMinute(), time.getHour() < 12 ? "A" : "P"));
        } else {
            keyboard.type("%02d%02d".formatted(time.getHour(), time.getMinute()));
        }
    }
}
