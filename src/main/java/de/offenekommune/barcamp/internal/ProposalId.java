package de.offenekommune.barcamp.internal;

import java.util.Optional;
import java.util.UUID;

/** The opaque identity of a session proposal. */
public record ProposalId(UUID value) {

    public static ProposalId random() {
        return new ProposalId(UUID.randomUUID());
    }

    /** @return the id, or empty when {@code text} is not a UUID */
    public static Optional<ProposalId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProposalId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
