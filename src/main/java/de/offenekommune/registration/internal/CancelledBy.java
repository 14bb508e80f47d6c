package de.offenekommune.registration.internal;

/** Who cancelled a registration. */
public enum CancelledBy {
    REGISTRANT, ORGANIZER
}
