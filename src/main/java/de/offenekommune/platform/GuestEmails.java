package de.offenekommune.platform;

import java.util.regex.Pattern;

/**
 * The one rule for the shape of an e-mail address, wherever a person types one: a guest confirming what they
 * wrote, a registrant, a barrier report's contact, an event's contact, an invited person. At most 254
 * characters and one address (no list, no display name), so that a mail can go to it and nowhere else.
 */
public final class GuestEmails {

    public static final int MAX = 254;
    /**
     * Nothing that could end a mail header or add a recipient: no blanks, quotes, commas, colons, semicolons,
     * brackets or backslashes in the local part (at most 64 characters); a domain of letters, digits and inner
     * hyphens with at least one dot and a top-level domain of letters.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "[^@\\s\"(),:;<>\\[\\]\\\\]{1,64}@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+\\p{L}{2,63}");

    private GuestEmails() {
    }

    /** @return the address without surrounding space, or {@code null} with the problem in {@code violations} */
    public static String check(Violations violations, String field, String input) {
        String email = InputText.singleLine(input);
        if (email == null) {
            violations.add(field, "NotBlank");
            return null;
        }
        if (!isAddress(email)) {
            violations.add(field, "Email");
            return null;
        }
        return email;
    }

    /**
     * @param email an address as typed, without surrounding space
     * @return whether it is one address of at most {@value #MAX} characters; callers report a {@code false}
     *         with their own message key
     */
    public static boolean isAddress(String email) {
        return email.length() <= MAX && EMAIL.matcher(email).matches();
    }
}
