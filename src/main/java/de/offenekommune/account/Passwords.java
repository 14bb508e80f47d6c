package de.offenekommune.account;

import java.nio.charset.StandardCharsets;

/**
 * The password rule: long enough to resist guessing, short enough for bcrypt's 72 bytes.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    private static final int BCRYPT_MAX_BYTES = 72;

    private Passwords() {
    }

    public static boolean isAcceptable(String password) {
        return password != null
                && password.codePointCount(0, password.length()) >= MIN_LENGTH
                && password.length() <= MAX_LENGTH
                && password.getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES;
    }
}
