package de.offenekommune.comment;

import java.util.Optional;
import java.util.UUID;

/** The opaque identity of a comment; it appears in permalinks. */
public record CommentId(UUID value) {

    public static CommentId random() {
        return new CommentId(UUID.randomUUID());
    }

    /** @return the id, or empty when {@code text} is not a UUID */
    public static Optional<CommentId> parse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(new CommentId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
