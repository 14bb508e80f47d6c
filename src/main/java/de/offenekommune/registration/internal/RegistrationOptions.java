package de.offenekommune.registration.internal;

import java.util.List;

/**
 * What the organizer adds to the event's registration settings.
 *
 * @param maxCompanions    how many people one registrant may bring along (0: none)
 * @param question         an optional question to every registrant, e.g. about the workshop they prefer
 * @param questionRequired whether an answer is required
 * @param consentText      the consent people agree to; {@code null} for the platform's standard text
 * @param reminderHours    how many hours before the start everyone registered is reminded; 0: no reminder
 */
public record RegistrationOptions(int maxCompanions, String question, boolean questionRequired, String consentText,
        int reminderHours) {

    public static final int MAX_COMPANIONS = 20;
    public static final int QUESTION_MAX = 500;
    public static final int CONSENT_MAX = 2_000;

    /** One day before, unless the organizer chose otherwise. */
    public static final int DEFAULT_REMINDER_HOURS = 24;
    /** The choices of the settings form; 0 switches reminders off. */
    public static final List<Integer> REMINDER_CHOICES = List.of(0, 2, 6, 24, 48, 168);

    public static final RegistrationOptions DEFAULT = new RegistrationOptions(0, null, false, null);

    public RegistrationOptions(int maxCompanions, String question, boolean questionRequired, String consentText) {
        this(maxCompanions, question, questionRequired, consentText, DEFAULT_REMINDER_HOURS);
    }

    public RegistrationOptions withReminderHours(int hours) {
        return new RegistrationOptions(maxCompanions, question, questionRequired, consentText, hours);
    }

    public boolean hasQuestion() {
        return question != null;
    }
}
