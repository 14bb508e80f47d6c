package de.offenekommune.registration;

/** Who cancelled a registration. */
enum CancelledBy {
    REGISTRANT, ORGANIZER
}
