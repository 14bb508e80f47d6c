package de.offenekommune.barcamp.internal;

import de.offenekommune.barcamp.ProposalInput;
import de.offenekommune.platform.GuestEmails;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;

/** What a proposal must satisfy: a title, a description, a format, a name, and a guest's valid address. */
public final class ProposalRules {

    static final int MAX_TITLE = 150;
    static final int MAX_DESCRIPTION = 2_000;
    static final int MAX_NAME = 100;

    private ProposalRules() {
    }

    /**
     * @param guest whether the address must be given
     * @return the input cleaned of surrounding space and control characters
     * @throws InvalidInputException with every problem, each at its field
     */
    public static ProposalInput check(ProposalInput input, boolean guest) {
        Violations violations = new Violations();
        String title = InputText.singleLine(input.title());
        String description = InputText.multiLine(input.description());
        String name = InputText.singleLine(input.name());
        violations.requireText("title", title, MAX_TITLE);
        violations.requireText("description", description, MAX_DESCRIPTION);
        if (input.format() == null) {
            violations.add("format", "barcamp.proposal.formatMissing");
        }
        violations.requireText("name", name, MAX_NAME);
        String email = guest ? GuestEmails.check(violations, "email", input.email()) : null;
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ProposalInput(title, description, input.format(), name, email);
    }

    /** @throws InvalidInputException when the address is missing or malformed */
    static String checkEmail(String input) {
        Violations violations = new Violations();
        String email = GuestEmails.check(violations, "email", input);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return email;
    }
}
