package de.offenekommune.accessibility.internal;

import de.offenekommune.platform.Violations;

/**
 * An upload that breaks a rule; {@link #violations()} says which, field by field. Nothing was saved.
 */
public class InvalidUploadException extends RuntimeException {

    private final transient Violations violations;

    InvalidUploadException(Violations violations) {
        super("Invalid upload");
        this.violations = violations;
    }

    public Violations violations() {
        return violations;
    }
}
