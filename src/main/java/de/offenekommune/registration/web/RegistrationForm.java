package de.offenekommune.registration.web;

import java.util.Locale;
import java.util.UUID;

import de.offenekommune.registration.RegistrationInput;

/**
 * The public registration form as submitted; kept as typed so that a form with errors shows the input.
 *
 * @param consent    {@code "true"} when the consent box was ticked
 * @param submission a random nonce per rendered form: a second submit of the same form changes nothing
 */
public record RegistrationForm(String name, String email, String organization, String companions, String answer,
        String accessibilityNeeds, String consent, String submission) {

    public static RegistrationForm blank() {
        return new RegistrationForm("", "", "", "0", "", "", null, UUID.randomUUID().toString());
    }

    /** The same input under a new nonce. */
    public RegistrationForm withNewSubmission() {
        return new RegistrationForm(name, email, organization, companions, answer, accessibilityNeeds, consent,
                UUID.randomUUID().toString());
    }

    public RegistrationInput toInput(Locale locale) {
        return new RegistrationInput(name, email, organization, companions, answer, accessibilityNeeds,
                "true".equals(consent), locale, submission);
    }

    public String value(String field) {
        String value = switch (field) {
            case "name" -> name;
            case "email" -> email;
            case "organization" -> organization;
            case "companions" -> companions;
            case "answer" -> answer;
            case "accessibilityNeeds" -> accessibilityNeeds;
            default -> null;
        };
        return value == null ? "" : value;
    }

    public boolean consented() {
        return "true".equals(consent);
    }
}
