package de.offenekommune.registration.internal;

import org.springframework.stereotype.Component;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventRevisionRule;
import de.offenekommune.platform.Violations;

/**
 * Refuses a capacity below the seats people hold. The check locks the event's tally row, so no
 * registration can take a seat between the check and the commit of the revision.
 */
@Component
class CapacityRule implements EventRevisionRule {

    private final Seats seats;

    CapacityRule(Seats seats) {
        this.seats = seats;
    }

    @Override
    public void check(Event current, EventDetails revised, Violations violations) {
        Integer capacity = revised.registration().capacity();
        if (capacity == null) {
            return;
        }
        seats.lockForCheck(current.id()).filter(taken -> capacity < taken).ifPresent(taken ->
                violations.add("registration.capacity", "registration.capacityBelowTaken", taken));
    }
}
