package de.offenekommune.webhook.internal;

import de.offenekommune.platform.Violations;

/** A webhook endpoint was refused; {@link #violations()} says why, per field. */
public class InvalidWebhookException extends RuntimeException {

    private final transient Violations violations;

    InvalidWebhookException(Violations violations) {
        super("Invalid webhook endpoint: " + violations.list().size() + " problem(s)");
        this.violations = violations;
    }

    public Violations violations() {
        return violations;
    }
}
