package de.offenekommune.registration.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.offenekommune.registration.internal.RegistrationInput;

/**
 * The public registration form as submitted; kept as typed so that a form with errors shows the input.
 *
 * @param consent    {@code "true"} when the consent box was ticked
 * @param submission a random nonce per rendered form: a second submit of the same form changes nothing
 * @param workshops  the chosen workshops' ids, one radio group per time slot ({@link #WORKSHOP_FIELD}{@code N})
 */
public record RegistrationForm(String name, String email, String organization, String companions, String answer,
        String accessibilityNeeds, String consent, String submission, List<String> workshops) {

    /** The prefix of the radio groups of the workshops, one per time slot. */
    public static final String WORKSHOP_FIELD = "workshop-";

    public RegistrationForm {
        workshops = workshops == null ? List.of() : List.copyOf(workshops);
    }

    public static RegistrationForm blank() {
        return new RegistrationForm("", "", "", "0", "", "", null, UUID.randomUUID().toString(), List.of());
    }

    /** The same input under a new nonce. */
    public RegistrationForm withNewSubmission() {
        return new RegistrationForm(name, email, organization, companions, answer, accessibilityNeeds, consent,
                UUID.randomUUID().toString(), workshops);
    }

    /** The same input with the workshops chosen in the radio groups of the request's parameters. */
    public RegistrationForm withWorkshops(Map<String, String[]> parameters) {
        return new RegistrationForm(name, email, organization, companions, answer, accessibilityNeeds, consent,
                submission, chosenWorkshops(parameters));
    }

    /** The values of the workshop radio groups among a request's parameters; "none" is blank and left out. */
    public static List<String> chosenWorkshops(Map<String, String[]> parameters) {
        return parameters.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(WORKSHOP_FIELD))
                .flatMap(entry -> java.util.Arrays.stream(entry.getValue()))
                .filter(value -> !value.isBlank())
                .toList();
    }

    public RegistrationInput toInput(Locale locale) {
        return new RegistrationInput(name, email, organization, companions, answer, accessibilityNeeds,
                "true".equals(consent), locale, submission, null, workshops);
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
