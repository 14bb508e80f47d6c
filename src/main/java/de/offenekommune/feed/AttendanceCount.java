package de.offenekommune.feed;

/**
 * A number of people as open data may show it: below {@link #SMALLEST_SHOWN} only as {@code "< 5"}, so
 * that nobody can be singled out from a small group (k-anonymity with k = 5). This is the one place of
 * that rule; every channel (exports, API) shows counts through {@link #shown()}.
 */
public record AttendanceCount(int value) {

    public static final int SMALLEST_SHOWN = 5;

    public AttendanceCount {
        if (value < 0) {
            throw new IllegalArgumentException("A count is never negative");
        }
    }

    /** The count, or {@code "< 5"} when it is smaller than five (zero included). */
    public String shown() {
        return value < SMALLEST_SHOWN ? "< " + SMALLEST_SHOWN : String.valueOf(value);
    }
}
