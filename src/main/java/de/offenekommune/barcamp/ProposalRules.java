package de.offenekommune.barcamp;

import java.util.regex.Pattern;

import de.offenekommune.platform.InputText;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;

/** What a proposal must satisfy: a title, a description, a format, a name, and a guest's valid address. */
final class ProposalRules {

    static final int MAX_TITLE = 150;
    static final int MAX_DESCRIPTION = 2_000;
    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"()\\[\\]]+@[^@\\s,;<>\"()\\[\\]]+\\.[^@\\s,;<>\"()\\[\\]]+");

    private ProposalRules() {
    }

    /**
     * @param guest whether the address must be given
     * @return the input cleaned of surrounding space and control characters
     * @throws InvalidInputException with every problem, each at its field
     */
    static ProposalInput check(ProposalInput input, boolean guest) {
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
        String email = guest ? checkEmail(violations, input.email()) : null;
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ProposalInput(title, description, input.format(), name, email);
    }

    /** @throws InvalidInputException when the address is missing or malformed */
    static String checkEmail(String input) {
        Violations violations = new Violations();
        String email = checkEmail(violations, input);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return email;
    }

    private static String checkEmail(Violations violations, String input) {
        String email = InputText.singleLine(input);
        if (email == null) {
            violations.add("email", "NotBlank");
            return null;
        }
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            violations.add("email", "Email");
            return null;
        }
        return email;
    }
}
