package de.offenekommune.event;

import java.util.UUID;

/**
 * The stable, opaque identity of an event; the slug may change, this never does.
 */
public record EventId(UUID value) {

    public static EventId random() {
        return new EventId(UUID.randomUUID());
    }

    /** @return the id, or empty when {@code text} is not a UUID */
    public static java.util.Optional<EventId> parse(String text) {
        try {
            return java.util.Optional.of(new EventId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
