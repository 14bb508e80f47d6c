package de.offenekommune.registration.internal;

/** When the answers to a question are deleted; only the counts per choice stay. */
public enum AnswerRetention {
    /** As soon as the event has ended, e.g. dietary needs. */
    AFTER_EVENT,
    /** A number of days after the end of the event. */
    DAYS_AFTER_EVENT,
    /** Together with the rest of the registration's personal data. */
    WITH_REGISTRATION;

    public String messageKey() {
        return "questions.retention." + name();
    }
}
