package de.offenekommune.registration.internal;

import java.time.Instant;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventStatus;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;

/**
 * Whether people can register for an event right now, and how many places are left. Public facts, the
 * same for everyone.
 *
 * @param capacity   seats, or {@code null} for no limit
 * @param seatsTaken people holding a seat (pending or confirmed)
 * @param waitlist   whether anyone waits for a seat
 * @param closesAt   the deadline, or the start of the event
 */
public record Availability(Status status, Integer capacity, int seatsTaken, boolean waitlist, Instant opensAt,
        Instant closesAt) {

    public enum Status {
        /** The event needs no registration. */
        NONE,
        /** People register on another website. */
        EXTERNAL,
        NOT_YET_OPEN,
        OPEN,
        /** Open, but new registrations go on the waitlist. */
        FULL,
        CLOSED;

        public String messageKey() {
            return "registration.availability." + name();
        }
    }

    public static Availability of(Event event, int seatsTaken, boolean waitlist, Instant now) {
        RegistrationSettings settings = event.details().registration();
        Instant closesAt = settings.deadline() != null ? settings.deadline() : event.details().schedule().start();
        Status status;
        if (settings.mode() == RegistrationMode.NONE) {
            status = Status.NONE;
        } else if (settings.mode() == RegistrationMode.EXTERNAL) {
            status = Status.EXTERNAL;
        } else if (event.status() != EventStatus.PUBLISHED || !now.isBefore(closesAt)) {
            status = Status.CLOSED;
        } else if (settings.opensAt() != null && now.isBefore(settings.opensAt())) {
            status = Status.NOT_YET_OPEN;
        } else if (settings.capacity() != null && (waitlist || seatsTaken >= settings.capacity())) {
            status = Status.FULL;
        } else {
            status = Status.OPEN;
        }
        return new Availability(status, settings.capacity(), seatsTaken, waitlist, settings.opensAt(), closesAt);
    }

    /** Whether the form takes registrations (possibly for the waitlist). */
    public boolean acceptsRegistrations() {
        return status == Status.OPEN || status == Status.FULL;
    }

    /** Free seats, or {@code null} without a limit. */
    public Integer freePlaces() {
        return capacity == null ? null : Math.max(0, capacity - seatsTaken);
    }
}
