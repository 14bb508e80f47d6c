package de.offenekommune.registration;

/**
 * What the organizer adds to the event's registration settings.
 *
 * @param maxCompanions    how many people one registrant may bring along (0: none)
 * @param question         an optional question to every registrant, e.g. about the workshop they prefer
 * @param questionRequired whether an answer is required
 * @param consentText      the consent people agree to; {@code null} for the platform's standard text
 */
public record RegistrationOptions(int maxCompanions, String question, boolean questionRequired, String consentText) {

    public static final int MAX_COMPANIONS = 20;
    public static final int QUESTION_MAX = 500;
    public static final int CONSENT_MAX = 2_000;

    public static final RegistrationOptions DEFAULT = new RegistrationOptions(0, null, false, null);

    public boolean hasQuestion() {
        return question != null;
    }
}
