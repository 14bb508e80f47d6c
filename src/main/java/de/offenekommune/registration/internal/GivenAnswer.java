package de.offenekommune.registration.internal;

import java.util.List;
import java.util.UUID;

/** A checked answer to one question: one value, or several for several choices. */
public record GivenAnswer(UUID question, List<String> values) {

    public GivenAnswer {
        values = List.copyOf(values);
    }

    public String text() {
        return String.join(", ", values);
    }
}
