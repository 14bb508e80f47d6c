package de.offenekommune.registration;

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

    private final Tallies tallies;

    CapacityRule(Tallies tallies) {
        this.tallies = tallies;
    }

    @Override
    public void check(Event current, EventDetails revised, Violations violations) {
        Integer capacity = revised.registration().capacity();
        if (capacity == null || !tallies.exists(current.id())) {
            return;
        }
        Tally tally = tallies.lock(current.id(), current.details().schedule().end());
        if (capacity < tally.seatsTaken()) {
            violations.add("registration.capacity", "registration.capacityBelowTaken", tally.seatsTaken());
        }
    }
}
