package de.offenekommune.registration;

import java.util.Locale;

/**
 * A registration as typed into the form or sent to the API, before it is cleaned and checked.
 *
 * @param companions the number as typed; blank for none
 */
public record RegistrationInput(String name, String email, String organization, String companions, String answer,
        String accessibilityNeeds, boolean consent, Locale locale, String submissionKey) {
}
