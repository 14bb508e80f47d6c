package de.offenekommune.media.internal;

import de.offenekommune.platform.Violations;

/**
 * An image or document that breaks a rule; {@link #violations()} says which, field by field. Nothing was saved.
 */
public class InvalidMediaException extends RuntimeException {

    private final transient Violations violations;

    public InvalidMediaException(Violations violations) {
        super("Invalid media upload");
        this.violations = violations;
    }

    public Violations violations() {
        return violations;
    }
}
