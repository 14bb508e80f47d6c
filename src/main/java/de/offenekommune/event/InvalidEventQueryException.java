package de.offenekommune.event;

import de.offenekommune.platform.Violations;

/** Query parameters that {@link EventQueries} cannot accept; the field of each violation is the parameter name. */
public class InvalidEventQueryException extends RuntimeException {

    private final transient Violations violations;

    InvalidEventQueryException(Violations violations) {
        super("Invalid event query: " + violations.list().size() + " violation(s)");
        this.violations = violations;
    }

    public Violations violations() {
        return violations;
    }
}
