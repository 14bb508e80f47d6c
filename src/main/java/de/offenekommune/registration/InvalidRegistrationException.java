package de.offenekommune.registration;

import de.offenekommune.platform.Violations;

/** The input breaks rules; nothing was saved. */
public class InvalidRegistrationException extends RuntimeException {

    private final transient Violations violations;

    public InvalidRegistrationException(Violations violations) {
        super("Invalid registration: " + violations.list().size() + " violation(s)");
        this.violations = violations;
    }

    public Violations violations() {
        return violations;
    }
}
