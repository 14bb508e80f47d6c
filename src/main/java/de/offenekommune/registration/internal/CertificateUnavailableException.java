package de.offenekommune.registration.internal;

/** A certificate of attendance that cannot be had through this personal link, and why. */
public class CertificateUnavailableException extends RuntimeException {

    public enum Reason {
        /** The organizers have not switched certificates on for this event. */
        NOT_OFFERED,
        /** Nobody let this person in at the door (yet). */
        NOT_CHECKED_IN,
        /** The registration was cancelled: it certifies nothing. */
        CANCELLED
    }

    private final Reason reason;

    public CertificateUnavailableException(Reason reason) {
        super("No certificate: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
