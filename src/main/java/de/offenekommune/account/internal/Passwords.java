package de.offenekommune.account.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import de.offenekommune.platform.Violations;
import tools.jackson.databind.json.JsonMapper;

/**
 * The password rule, the one place every password that is set is checked (administrator at start, account
 * page, administration, invitations): long enough to resist guessing, short enough for bcrypt's 72 bytes,
 * and none of the passwords attackers try first (ASVS 5.0 V6.2: checked against common and breached
 * passwords).
 *
 * <p>The list is the 49,000 most common passwords from breaches that the zxcvbn-ts project maintains
 * ({@code @zxcvbn-ts/language-common}, MIT licence, fetched from npm at build time). Few of them have the 12
 * characters required here, so the usual ways of stretching one are refused as well: one of them in other
 * letter case, with digits or symbols before or after it ({@code Password2024!}), or any password that
 * repeats one piece ({@code passwordpassword}, {@code abcabcabcabc}).
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    private static final int BCRYPT_MAX_BYTES = 72;
    private static final String COMMON_PASSWORDS = "/account/passwords.json";

    /** Why a password is refused. */
    public enum Problem {
        /** Fewer than {@link #MIN_LENGTH} or more than {@link #MAX_LENGTH} characters (or 72 bytes). */
        LENGTH,
        /** Among the passwords attackers try first. */
        COMMON
    }

    private Passwords() {
    }

    public static boolean isAcceptable(String password) {
        return problem(password).isEmpty();
    }

    public static Optional<Problem> problem(String password) {
        if (password == null
                || password.codePointCount(0, password.length()) < MIN_LENGTH
                || password.length() > MAX_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            return Optional.of(Problem.LENGTH);
        }
        return isCommon(password) ? Optional.of(Problem.COMMON) : Optional.empty();
    }

    /** Adds the message for a refused password, if it is refused, to {@code violations} under {@code field}. */
    public static void check(Violations violations, String field, String password) {
        problem(password).ifPresent(problem -> {
            if (problem == Problem.LENGTH) {
                violations.add(field, "account.password.rule", MIN_LENGTH, MAX_LENGTH);
            } else {
                violations.add(field, "account.password.common");
            }
        });
    }

    private static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return isRepetition(lower)
                || Common.PASSWORDS.contains(lower)
                || (!core.isEmpty() && Common.PASSWORDS.contains(core));
    }

    /** Whether the text is one piece written twice or more. */
    private static boolean isRepetition(String text) {
        return (text + text).indexOf(text, 1) < text.length();
    }

    /** Loaded on first use, once. */
    private static final class Common {

        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try (InputStream in = Passwords.class.getResourceAsStream(COMMON_PASSWORDS)) {
                if (in == null) {
                    throw new IllegalStateException(COMMON_PASSWORDS + " is missing: it comes from npm at build time");
                }
                Set<String> passwords = new HashSet<>();
                for (String password : JsonMapper.shared().readValue(in, String[].class)) {
                    passwords.add(password.toLowerCase(Locale.ROOT));
                }
                return Set.copyOf(passwords);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
