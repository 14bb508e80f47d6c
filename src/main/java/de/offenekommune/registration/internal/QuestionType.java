package de.offenekommune.registration.internal;

/** The kinds of questions an organizer can add to the registration form. */
public enum QuestionType {
    SHORT_TEXT, LONG_TEXT, ONE_CHOICE, SEVERAL_CHOICES, YES_NO, NUMBER;

    /** Whether the organizer lists the possible answers. */
    public boolean hasChoices() {
        return this == ONE_CHOICE || this == SEVERAL_CHOICES;
    }

    /** Whether the answers can be counted per value once they are deleted. */
    public boolean countsValues() {
        return hasChoices() || this == YES_NO;
    }

    public String messageKey() {
        return "questions.type." + name();
    }
}
