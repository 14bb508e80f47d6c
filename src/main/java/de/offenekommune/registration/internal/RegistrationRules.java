package de.offenekommune.registration.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import de.offenekommune.platform.GuestEmails;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.Violations;

/**
 * The rules every registration meets, whether it comes from the form or from the API. Field names are
 * the property names of the JSON API and of the form.
 */
public final class RegistrationRules {

    static final int NAME_MAX = 200;
    static final int ORGANIZATION_MAX = 200;
    static final int ANSWER_MAX = 2_000;
    static final int NEEDS_MAX = 2_000;
    static final int SUBMISSION_KEY_MAX = 100;
    /** The languages of the mails, as the API's {@code language} names them. */
    static final List<String> LANGUAGES = List.of("de", "en");

    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]");
    private static final Pattern SUBMISSION_KEY = Pattern.compile("[A-Za-z0-9_.:-]{8," + SUBMISSION_KEY_MAX + "}");

    private RegistrationRules() {
    }

    /**
     * @param capacity the event's seats, or {@code null} for no limit: a party larger than the room can never get a seat
     * @return the cleaned registrant; meaningful only when {@code violations} stayed empty
     */
    public static Registrant check(RegistrationInput input, RegistrationOptions options, Integer capacity,
            Violations violations) {
        return check(input, options, List.of(), capacity, violations);
    }

    /**
     * @param questions the event's questions on the form, checked by {@link AnswerRules}
     * @param capacity  the event's seats, or {@code null} for no limit
     * @return the cleaned registrant; meaningful only when {@code violations} stayed empty
     */
    public static Registrant check(RegistrationInput input, RegistrationOptions options, List<RegistrationQuestion> questions,
            Integer capacity, Violations violations) {
        String name = name(input.name(), violations);
        String email = email(input.email(), violations);
        if (email == null && !violations.has("email")) {
            violations.add("email", "NotBlank");
        }
        String organization = oneLine(violations, "organization", input.organization());
        violations.limitText("organization", organization, ORGANIZATION_MAX);
        int companions = companions(input.companions(), options, capacity, violations);
        String answer = InputText.multiLine(input.answer());
        if (options.hasQuestion()) {
            if (options.questionRequired()) {
                violations.requireText("answer", answer, ANSWER_MAX);
            } else {
                violations.limitText("answer", answer, ANSWER_MAX);
            }
        } else {
            answer = null;
        }
        List<GivenAnswer> answers = AnswerRules.check(questions,
                input.answers() == null ? AnswersInput.NONE : input.answers(), violations);
        String needs = InputText.multiLine(input.accessibilityNeeds());
        violations.limitText("accessibilityNeeds", needs, NEEDS_MAX);
        if (!input.consent()) {
            violations.add("consent", "registration.consentRequired");
        }
        String key = input.submissionKey() == null || input.submissionKey().isBlank() ? null : input.submissionKey().strip();
        if (key != null && !SUBMISSION_KEY.matcher(key).matches()) {
            violations.add("submissionKey", "registration.submissionKeyInvalid", SUBMISSION_KEY_MAX);
        }
        Locale locale = input.locale();
        if (input.language() != null && !input.language().isBlank()) {
            String requested = input.language().strip().toLowerCase(Locale.ROOT);
            if (LANGUAGES.contains(requested)) {
                locale = Locale.forLanguageTag(requested);
            } else {
                violations.add("language", "registration.languageUnknown", String.join(", ", LANGUAGES));
            }
        }
        return new Registrant(name, email, organization, companions, answer, needs, language(locale), key, answers);
    }

    /**
     * Someone registered at the door by the organizers: a name, and an address only if the person wants mail
     * later; one person, nothing else asked.
     */
    public static Registrant walkIn(String rawName, String rawEmail, Locale locale, Violations violations) {
        String name = name(rawName, violations);
        String email = email(rawEmail, violations);
        return new Registrant(name, email, null, 0, null, null, language(locale), null);
    }

    private static String name(String raw, Violations violations) {
        String name = oneLine(violations, "name", raw);
        violations.requireText("name", name, NAME_MAX);
        return name;
    }

    /** @return the cleaned address, or {@code null} when none was given */
    private static String email(String raw, Violations violations) {
        String email = oneLine(violations, "email", raw);
        if (email != null && !violations.has("email") && !GuestEmails.isAddress(email)) {
            violations.add("email", "Email");
        }
        return email;
    }

    /** German unless the person reads English: mails follow this language. */
    public static Locale language(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.GERMAN;
    }

    /** A line break in a name or an address is refused rather than silently joined: it is no typo. */
    private static String oneLine(Violations violations, String field, String raw) {
        if (raw != null && LINE_BREAK.matcher(raw.strip()).find()) {
            violations.add(field, "registration.oneLine");
        }
        return InputText.singleLine(raw);
    }

    private static int companions(String raw, RegistrationOptions options, Integer capacity, Violations violations) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return 0;
        }
        int companions;
        try {
            companions = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            violations.add("companions", "typeMismatch.java.lang.Integer");
            return 0;
        }
        if (companions < 0 || companions > options.maxCompanions()) {
            violations.add("companions", options.maxCompanions() == 0 ? "registration.noCompanions"
                    : "registration.companionsMax", options.maxCompanions());
            return 0;
        }
        if (capacity != null && 1 + companions > capacity) {
            violations.add("companions", "registration.partyTooLarge", capacity);
            return 0;
        }
        return companions;
    }
}
