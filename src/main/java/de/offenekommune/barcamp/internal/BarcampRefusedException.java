package de.offenekommune.barcamp.internal;

/** The barcamp does not take this now: proposals are closed, the event is over, or someone is flooding it. */
public class BarcampRefusedException extends RuntimeException {

    /** Why, with the HTTP status and the message a person reads. */
    public enum Reason {
        CLOSED, OVER, TOO_MANY;

        public int status() {
            return this == TOO_MANY ? 429 : 409;
        }

        public String messageKey() {
            return "barcamp.refused." + name();
        }
    }

    private final Reason reason;

    public BarcampRefusedException(Reason reason) {
        super("Barcamp refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
