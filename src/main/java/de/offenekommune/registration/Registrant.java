package de.offenekommune.registration;

import java.util.Locale;

/**
 * What a person tells about themselves when registering, cleaned and checked.
 *
 * @param companions    people who come along, counted against the capacity
 * @param answer        the answer to the organizer's question, if any
 * @param submissionKey the form's nonce or the API's idempotency key: the same key twice is one registration
 */
public record Registrant(String name, String email, String organization, int companions, String answer,
        String accessibilityNeeds, Locale locale, String submissionKey) {

    /** The registrant and their companions. */
    public int party() {
        return 1 + companions;
    }
}
