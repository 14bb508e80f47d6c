package de.offenekommune.registration;

/**
 * Where a registration stands: {@code PENDING_CONFIRMATION → CONFIRMED | WAITLISTED → CANCELLED}, and
 * {@code EXPIRED} for one whose address was never confirmed.
 */
public enum RegistrationState {

    /** Holds a seat until the address is confirmed or the confirmation time runs out. */
    PENDING_CONFIRMATION,
    /** Holds a seat. */
    CONFIRMED,
    /** Waits for a seat, in the order of the waitlist. */
    WAITLISTED,
    CANCELLED,
    EXPIRED;

    /** Whether the registration counts against the capacity. */
    public boolean holdsSeat() {
        return this == PENDING_CONFIRMATION || this == CONFIRMED;
    }

    public boolean isActive() {
        return holdsSeat() || this == WAITLISTED;
    }

    public String messageKey() {
        return "registration.state." + name();
    }
}
