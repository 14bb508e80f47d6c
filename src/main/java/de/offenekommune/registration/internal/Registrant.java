package de.offenekommune.registration.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/**
 * What a person tells about themselves when registering, cleaned and checked.
 *
 * @param companions    people who come along, counted against the capacity
 * @param answer        the answer to the organizer's question, if any
 * @param submissionKey the form's nonce or the API's idempotency key: the same key twice is one registration
 * @param answers       the answers to the event's questions
 */
public record Registrant(String name, String email, String organization, int companions, String answer,
        String accessibilityNeeds, Locale locale, String submissionKey, List<GivenAnswer> answers) {

    public Registrant(String name, String email, String organization, int companions, String answer,
            String accessibilityNeeds, Locale locale, String submissionKey) {
        this(name, email, organization, companions, answer, accessibilityNeeds, locale, submissionKey, List.of());
    }

    /** The registrant and their companions. */
    public int party() {
        return 1 + companions;
    }

    /**
     * SHA-256 of everything the person entered, as cleaned: the same submission key with another
     * fingerprint is another submission, not a repeat.
     */
    public byte[] fingerprint() {
        String input = String.join("\u0000", String.valueOf(name), String.valueOf(email).toLowerCase(Locale.ROOT),
                String.valueOf(organization), String.valueOf(companions), String.valueOf(answer),
                String.valueOf(accessibilityNeeds), locale.getLanguage(), String.valueOf(answers));
        try {
            return MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
