package de.offenekommune.event;

import java.time.Instant;

/**
 * How people register.
 *
 * @param url      the external registration page when the mode is {@link RegistrationMode#EXTERNAL}
 * @param capacity seats available; {@code null} for no limit
 * @param opensAt  when registration opens; {@code null} for at once
 * @param deadline when registration closes; {@code null} for at the start of the event
 */
public record RegistrationSettings(RegistrationMode mode, String url, Integer capacity, Instant opensAt, Instant deadline) {

    public static final RegistrationSettings NONE = new RegistrationSettings(RegistrationMode.NONE, null, null, null, null);
}
