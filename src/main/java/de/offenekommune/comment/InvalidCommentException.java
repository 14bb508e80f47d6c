package de.offenekommune.comment;

import de.offenekommune.platform.Violations;

/** The input breaks rules; nothing was saved. */
public class InvalidCommentException extends RuntimeException {

    private final transient Violations violations;

    InvalidCommentException(Violations violations) {
        super("Invalid comment input");
        this.violations = violations;
    }

    public Violations violations() {
        return violations;
    }
}
