package de.offenekommune.registration;

/** Who cancelled a registration. */
public enum CancelledBy {
    REGISTRANT, ORGANIZER
}
