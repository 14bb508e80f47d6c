package de.offenekommune.registration.internal;

/**
 * What happened to a submitted registration. For the submitting client this stays internal: the answer
 * must not tell whether an address was registered before.
 *
 * @param waitlistPosition the place on the waitlist of a new waitlisted registration, else 0
 */
public record Receipt(Outcome outcome, RegistrationId registration, int waitlistPosition) {

    public enum Outcome {
        /** A new registration holding a seat until confirmed. */
        SEAT,
        /** A new registration on the waitlist. */
        WAITLIST,
        /** A new request that the organizers accept or decline; it holds no seat meanwhile. */
        REVIEW,
        /** The address was registered already; its owner got a mail with their link. */
        ALREADY_REGISTERED,
        /** The same form or request was sent again; nothing changed. */
        REPEATED
    }
}
