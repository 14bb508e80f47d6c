package de.offenekommune.registration;

/**
 * Where a registration stands: {@code PENDING_CONFIRMATION → CONFIRMED | WAITLISTED → CANCELLED}, and
 * {@code EXPIRED} for one whose address was never confirmed; with approval a request waits in
 * {@code PENDING_APPROVAL} until the organizer accepts it or it is {@code DECLINED}.
 */
public enum RegistrationState {

    /** Holds a seat until the address is confirmed or the confirmation time runs out. */
    PENDING_CONFIRMATION,
    /** Holds a seat. */
    CONFIRMED,
    /** Waits for a seat, in the order of the waitlist. */
    WAITLISTED,
    CANCELLED,
    EXPIRED,
    /**
     * Waits for the organizer to accept or decline it; holds neither a seat nor a waitlist place. The
     * address is confirmed meanwhile, as for any registration.
     */
    PENDING_APPROVAL,
    /** The organizer declined the request. */
    DECLINED;

    /** Whether the registration counts against the capacity. */
    public boolean holdsSeat() {
        return this == PENDING_CONFIRMATION || this == CONFIRMED;
    }

    public boolean isActive() {
        return holdsSeat() || this == WAITLISTED || this == PENDING_APPROVAL;
    }

    public String messageKey() {
        return "registration.state." + name();
    }
}
