package de.offenekommune.registration.internal;

import de.offenekommune.registration.internal.Availability;

/** The event takes no registrations now: not yet open, past its deadline, cancelled, or registration elsewhere. */
public class RegistrationClosedException extends RuntimeException {

    private final transient Availability availability;

    public RegistrationClosedException(Availability availability) {
        super("Registration is " + availability.status());
        this.availability = availability;
    }

    public Availability availability() {
        return availability;
    }
}
