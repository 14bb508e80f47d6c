package de.offenekommune.platform;

import java.util.regex.Pattern;

/**
 * The address a guest gives to confirm what they wrote: present, at most 254 characters, and shaped like
 * one address (no list, no display name), so that a confirmation mail can go to it and nowhere else.
 */
public final class GuestEmails {

    public static final int MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"()\\[\\]]+@[^@\\s,;<>\"()\\[\\]]+\\.[^@\\s,;<>\"()\\[\\]]+");

    private GuestEmails() {
    }

    /** @return the address without surrounding space, or {@code null} with the problem in {@code violations} */
    public static String check(Violations violations, String field, String input) {
        String email = InputText.singleLine(input);
        if (email == null) {
            violations.add(field, "NotBlank");
            return null;
        }
        if (email.length() > MAX || !EMAIL.matcher(email).matches()) {
            violations.add(field, "Email");
            return null;
        }
        return email;
    }
}
