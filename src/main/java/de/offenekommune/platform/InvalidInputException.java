package de.offenekommune.platform;

/**
 * Input that breaks rules, with every problem in {@link #violations()}; nothing was saved. Forms show
 * the violations at their fields; the JSON API answers 422, or 400 for query parameters.
 */
public class InvalidInputException extends RuntimeException {

    private final transient Violations violations;
    private final boolean queryParameters;

    public InvalidInputException(Violations violations) {
        this(violations, false);
    }

    private InvalidInputException(Violations violations, boolean queryParameters) {
        super("Invalid input: " + violations.list().size() + " violation(s)");
        this.violations = violations;
        this.queryParameters = queryParameters;
    }

    /** Query parameters that cannot be used; the field of each violation is the parameter name. */
    public static InvalidInputException ofQuery(Violations violations) {
        return new InvalidInputException(violations, true);
    }

    public Violations violations() {
        return violations;
    }

    /** Whether the violations are about query parameters rather than a submitted body. */
    public boolean isQuery() {
        return queryParameters;
    }
}
