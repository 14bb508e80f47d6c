package de.offenekommune.platform;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param number 1-based page number
 */
public record ResultPage<T>(List<T> items, int number, int size, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < totalPages();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Offset of the first item for a 1-based page number. */
    public static long offset(int number, int size) {
        return (long) (Math.max(1, number) - 1) * size;
    }
}
