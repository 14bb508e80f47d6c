package de.offenekommune.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything wrong with one input, collected before anything is saved, so that a form or an API
 * client learns about all problems at once.
 */
public final class Violations {

    /**
     * @param field path of the offending field, e.g. {@code venue.postalCode}
     * @param code  message key explaining the problem
     * @param args  arguments of the message
     */
    public record Violation(String field, String code, Object... args) {
    }

    private final List<Violation> list = new ArrayList<>();

    public void add(String field, String code, Object... args) {
        list.add(new Violation(field, code, args));
    }

    public boolean has(String field) {
        return list.stream().anyMatch(violation -> violation.field().equals(field));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Violation> list() {
        return Collections.unmodifiableList(list);
    }

    /** Checks that {@code value} is present and at most {@code max} characters long. */
    public void requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "NotBlank");
        } else {
            limitText(field, value, max);
        }
    }

    /** Checks that an optional {@code value} is at most {@code max} characters long. */
    public void limitText(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            add(field, "Size", field, max, 0);
        }
    }

    /**
     * Checks that an uploaded file is present and at most {@code max} large; the message of {@code tooLarge}
     * gets the limit in megabytes.
     *
     * @return whether the file may be looked at further
     */
    public boolean requireFile(String field, byte[] content, org.springframework.util.unit.DataSize max, String missing,
            String tooLarge) {
        if (content == null || content.length == 0) {
            add(field, missing);
            return false;
        }
        if (content.length > max.toBytes()) {
            add(field, tooLarge, max.toMegabytes());
            return false;
        }
        return true;
    }
}
