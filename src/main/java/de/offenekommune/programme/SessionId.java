package de.offenekommune.programme;

import java.util.Optional;
import java.util.UUID;

/** The opaque identity of a session of a programme. */
public record SessionId(UUID value) {

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    /** @return the id, or empty when {@code text} is not a UUID */
    public static Optional<SessionId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SessionId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
