package de.offenekommune.registration;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.offenekommune.platform.RateLimiter;

/**
 * Flood protection for registrations, shared by the form and the API and by every application copy:
 * so many submissions per network address, and so many per email address, so that nobody can fill an
 * event or someone else's inbox.
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
     * Counts one submission.
     *
     * @param email the address as typed, or {@code null}; only plausible addresses are counted
     * @return how long to wait when a limit is exceeded, else empty
     */
    public Optional<Duration> acquire(String clientAddress, String email) {
        Duration window = properties.window();
        boolean allowed = limiter.tryAcquire("registration-address", String.valueOf(clientAddress),
                properties.perAddress(), window);
        if (allowed && email != null && email.contains("@") && email.length() <= 254) {
            allowed = limiter.tryAcquire("registration-email", email.strip().toLowerCase(Locale.ROOT),
                    properties.perEmail(), window);
        }
        return allowed ? Optional.empty() : Optional.of(untilNextWindow(window));
    }

    private Duration untilNextWindow(Duration window) {
        long size = window.toMillis();
        long left = size - clock.millis() % size;
        return Duration.ofSeconds(Math.max(1, (left + 999) / 1000));
    }
}
