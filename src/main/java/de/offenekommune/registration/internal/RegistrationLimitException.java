package de.offenekommune.registration.internal;

import java.time.Duration;

/** Too many registrations from one network address, or new ones for one email address; nothing was saved. */
public class RegistrationLimitException extends RuntimeException {

    private final Duration retryAfter;

    RegistrationLimitException(Duration retryAfter) {
        super("Too many registrations; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole minutes, at least one, for people. */
    public long minutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
