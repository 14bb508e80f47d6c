package de.offenekommune.programme;

import java.util.Optional;
import java.util.UUID;

/** The opaque identity of a speaker of a programme. */
public record SpeakerId(UUID value) {

    public static SpeakerId random() {
        return new SpeakerId(UUID.randomUUID());
    }

    /** @return the id, or empty when {@code text} is not a UUID */
    public static Optional<SpeakerId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SpeakerId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
