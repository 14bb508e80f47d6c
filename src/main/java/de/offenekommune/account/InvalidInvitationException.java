package de.offenekommune.account;

import de.offenekommune.platform.Violations;

/** An invitation or the password set with it was refused; {@link #violations()} says why, per field. */
public class InvalidInvitationException extends RuntimeException {

    private final transient Violations violations;

    InvalidInvitationException(Violations violations) {
        super("Invalid invitation input: " + violations.list().size() + " problem(s)");
        this.violations = violations;
    }

    public Violations violations() {
        return violations;
    }
}
