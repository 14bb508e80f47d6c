package de.offenekommune.registration.internal;

/** An organizer's action does not fit the registration's state, e.g. a seat for someone who is not waiting. */
public class ParticipantActionException extends RuntimeException {

    private final String messageKey;

    ParticipantActionException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
