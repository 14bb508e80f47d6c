package de.offenekommune.registration;

import org.springframework.stereotype.Component;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventDeletionRule;
import de.offenekommune.event.EventStatus;

/**
 * A public event with people holding or waiting for a seat is cancelled, not deleted: cancelling
 * tells every one of them, deleting would drop them silently.
 */
@Component
class RegistrantsRule implements EventDeletionRule {

    private final Tallies tallies;
    private final Registrations registrations;

    RegistrantsRule(Tallies tallies, Registrations registrations) {
        this.tallies = tallies;
        this.registrations = registrations;
    }

    /** Locks the event's seat count, so that no registration slips in before the deletion commits. */
    @Override
    public boolean forbids(Event event) {
        if (!event.isPublic() || event.status() == EventStatus.CANCELLED || !tallies.exists(event.id())) {
            return false;
        }
        Tally tally = tallies.lock(event.id(), event.details().schedule().end());
        return tally.seatsTaken() > 0 || registrations.hasWaitlist(event.id());
    }
}
