package de.offenekommune.registration;

/** A personal link that does not work: unknown (404), or used up, expired or for a finished registration (410). */
public class RegistrationLinkException extends RuntimeException {

    public enum Reason {
        /** No such link: mistyped, made up, deleted with the data, or meant for another purpose. */
        UNKNOWN,
        /** A one-time link that was used already. */
        USED,
        /** The time to confirm ran out. */
        EXPIRED,
        /** The registration was cancelled or expired. */
        ENDED
    }

    private final Reason reason;

    RegistrationLinkException(Reason reason) {
        super("Personal link not usable: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public boolean isGone() {
        return reason != Reason.UNKNOWN;
    }
}
