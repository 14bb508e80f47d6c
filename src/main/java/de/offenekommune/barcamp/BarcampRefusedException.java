package de.offenekommune.barcamp;

/** The barcamp does not take this now: proposals are closed, the event is over, or someone is flooding it. */
public class BarcampRefusedException extends RuntimeException {

    /** Why, with the HTTP status and the message a person reads. */
    public enum Reason {
        CLOSED(409), OVER(409), TOO_MANY(429);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
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
