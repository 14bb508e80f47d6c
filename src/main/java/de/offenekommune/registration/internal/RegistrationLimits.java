package de.offenekommune.registration.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.stereotype.Component;

import de.offenekommune.platform.RateLimiter;
import de.offenekommune.registration.RegistrationManagement;

/**
 * Flood protection for registrations, shared by the form and the API and by every application copy:
 * so many submissions per network address, and so many new registrations per email address, so that
 * nobody can fill an event or someone else's inbox. Submitting an address again for the same event counts
 * against the network address only: it creates nothing and sends at most one mail per window (see
 * {@link RegistrationManagement#register}), so it must not lock the owner of the address out.
 */
@Component
public class RegistrationLimits {

    private final RateLimiter limiter;
    private final RegistrationProperties properties;
    private final Clock clock;

    RegistrationLimits(RateLimiter limiter, RegistrationProperties properties, Clock clock) {
        this.limiter = limiter;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Counts one submission from a network address.
     *
     * @throws RegistrationLimitException when the address sent too many in this window
     */
    public void acquire(String clientAddress) {
        count("registration-address", String.valueOf(clientAddress), properties.perAddress());
    }

    /** Counts one new registration of an email address (as cleaned by the rules). */
    public void acquireForEmail(String email) {
        count("registration-email", emailKey(email), properties.perEmail());
    }

    /**
     * {@link #acquire} and {@link #acquireForEmail} in one statement: the email counts only while the address is
     * within its limit, so that a flood from one address cannot lock the owner of an email out.
     *
     * @throws RegistrationLimitException when either is over its limit in this window
     */
    public void acquire(String clientAddress, String email) {
        Duration window = properties.window();
        if (limiter.tryAcquireBoth("registration-address", String.valueOf(clientAddress), properties.perAddress(),
                "registration-email", emailKey(email), properties.perEmail(), window) != 0) {
            throw new RegistrationLimitException(untilNextWindow(window));
        }
    }

    private static String emailKey(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    private void count(String scope, String key, int limit) {
        Duration window = properties.window();
        if (!limiter.tryAcquire(scope, key, limit, window)) {
            throw new RegistrationLimitException(untilNextWindow(window));
        }
    }

    private Duration untilNextWindow(Duration window) {
        long size = window.toMillis();
        long left = size - clock.millis() % size;
        return Duration.ofSeconds(Math.max(1, (left + 999) / 1000));
    }
}
