package de.offenekommune.registration.internal;

import java.util.List;
import java.util.Locale;

/**
 * A registration as typed into the form or sent to the API, before it is cleaned and checked.
 *
 * @param companions the number as typed; blank for none
 * @param locale     the language the person reads, for their mails
 * @param language   a language asked for explicitly ({@code de} or {@code en}), overriding {@code locale};
 *                   {@code null} when none was asked for
 * @param workshops  the ids of the chosen workshops (sessions with places), blanks for "none"
 * @param answers    the answers to the event's questions
 */
public record RegistrationInput(String name, String email, String organization, String companions, String answer,
        String accessibilityNeeds, boolean consent, Locale locale, String submissionKey, String language,
        List<String> workshops, AnswersInput answers) {

    public RegistrationInput {
        workshops = workshops == null ? List.of() : workshops.stream().filter(id -> id != null).toList();
        answers = answers == null ? AnswersInput.NONE : answers;
    }

    /** Input with workshops, without answers to questions. */
    public RegistrationInput(String name, String email, String organization, String companions, String answer,
            String accessibilityNeeds, boolean consent, Locale locale, String submissionKey, String language,
            List<String> workshops) {
        this(name, email, organization, companions, answer, accessibilityNeeds, consent, locale, submissionKey, language,
                workshops, AnswersInput.NONE);
    }

    /** Input with answers to questions, without workshops. */
    public RegistrationInput(String name, String email, String organization, String companions, String answer,
            String accessibilityNeeds, boolean consent, Locale locale, String submissionKey, String language,
            AnswersInput answers) {
        this(name, email, organization, companions, answer, accessibilityNeeds, consent, locale, submissionKey, language,
                List.of(), answers);
    }

    /** Input without workshops and without answers to questions. */
    public RegistrationInput(String name, String email, String organization, String companions, String answer,
            String accessibilityNeeds, boolean consent, Locale locale, String submissionKey, String language) {
        this(name, email, organization, companions, answer, accessibilityNeeds, consent, locale, submissionKey, language,
                List.of(), AnswersInput.NONE);
    }

    /** Input without an explicit language: mails follow {@code locale}. */
    public RegistrationInput(String name, String email, String organization, String companions, String answer,
            String accessibilityNeeds, boolean consent, Locale locale, String submissionKey) {
        this(name, email, organization, companions, answer, accessibilityNeeds, consent, locale, submissionKey, null);
    }

    /** The same input with these answers to the event's questions. */
    public RegistrationInput withAnswers(AnswersInput given) {
        return new RegistrationInput(name, email, organization, companions, answer, accessibilityNeeds, consent, locale,
                submissionKey, language, workshops, given);
    }
}
