package de.offenekommune.event;

import de.offenekommune.platform.Violations;

/** The input breaks rules; nothing was saved. */
public class InvalidEventException extends RuntimeException {

    private final transient Violations violations;

    InvalidEventException(Violations violations) {
        super("Invalid event: " + violations.list().size() + " violation(s)");
        this.violations = violations;
    }

    public Violations violations() {
        return violations;
    }
}
