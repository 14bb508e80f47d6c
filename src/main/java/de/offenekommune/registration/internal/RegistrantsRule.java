package de.offenekommune.registration.internal;

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

    private final Seats seats;
    private final Registrations registrations;

    RegistrantsRule(Seats seats, Registrations registrations) {
        this.seats = seats;
        this.registrations = registrations;
    }

    /** Locks the event's seat count, so that no registration slips in before the deletion commits. */
    @Override
    public boolean forbids(Event event) {
        if (!event.isPublic() || event.status() == EventStatus.CANCELLED) {
            return false;
        }
        return seats.lockForCheck(event.id()).map(taken -> taken > 0 || registrations.hasWaitlist(event.id()))
                .orElse(false);
    }
}
