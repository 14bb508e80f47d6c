package de.offenekommune.accessibility.internal;

import de.offenekommune.platform.Violations;

/**
 * The report cannot be taken as typed; {@link #violations()} says why, field by field.
 */
public class InvalidBarrierReportException extends RuntimeException {

    private final transient Violations violations;

    InvalidBarrierReportException(Violations violations) {
        super("Invalid barrier report");
        this.violations = violations;
    }

    public Violations violations() {
        return violations;
    }
}
