package de.offenekommune.programme;

import java.util.Optional;
import java.util.UUID;

/** The opaque identity of a room of a programme. */
public record RoomId(UUID value) {

    public static RoomId random() {
        return new RoomId(UUID.randomUUID());
    }

    /** @return the id, or empty when {@code text} is not a UUID */
    public static Optional<RoomId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RoomId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
