package de.offenekommune.registration.internal;

import java.util.Optional;
import java.util.UUID;

/** The identity of a registration; never shown to the public, whose links carry random tokens instead. */
public record RegistrationId(UUID value) {

    public static RegistrationId random() {
        return new RegistrationId(UUID.randomUUID());
    }

    /** @return the id, or empty when {@code text} is not a UUID */
    public static Optional<RegistrationId> parse(String text) {
        try {
            return Optional.of(new RegistrationId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
