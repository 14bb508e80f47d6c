package de.offenekommune.registration.internal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.Events;

/**
 * The door to an event's seats: {@link #lock} is the only way to obtain {@link LockedSeats}, and with them
 * the only way to give, free or pass on a seat or waitlist place.
 */
@Component
public class Seats {

    private final Tallies tallies;
    private final Events events;
    private final Registrations registrations;
    private final AccessTokens tokens;
    private final RegistrationMails mails;
    private final WorkshopPlaces workshops;
    private final RegistrationProperties properties;
    private final Clock clock;

    Seats(Tallies tallies, Events events, Registrations registrations, AccessTokens tokens, RegistrationMails mails,
            WorkshopPlaces workshops, RegistrationProperties properties, Clock clock) {
        this.tallies = tallies;
        this.events = events;
        this.registrations = registrations;
        this.tokens = tokens;
        this.mails = mails;
        this.workshops = workshops;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Locks the event's seats until the transaction ends and reads the event under the lock, so that a
     * cancellation or a new capacity that committed meanwhile is seen. Within one transaction the same
     * seats are handed out again, without locking or reading once more.
     *
     * @return empty when the event does not exist
     */
    public Optional<LockedSeats> lock(EventId eventId) {
        Optional<LockedSeats> existing = lockIfAnyoneRegistered(eventId);
        if (existing.isPresent()) {
            return existing;
        }
        // First use: the row is made with the event's time; the event is read again under the lock.
        Optional<Event> before = events.findById(eventId);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Tally tally = tallies.createLocked(eventId, before.get().details().schedule());
        return events.findById(eventId).map(event -> hold(event, tally));
    }

    /**
     * {@link #lock}, for events that anyone ever registered for: empty, and nothing locked, for the others,
     * which have no seats to change.
     */
    Optional<LockedSeats> lockIfAnyoneRegistered(EventId eventId) {
        if (TransactionSynchronizationManager.getResource(key(eventId)) instanceof LockedSeats held) {
            return Optional.of(held);
        }
        return tallies.lockIfExists(eventId).flatMap(tally -> events.findById(eventId).map(event -> hold(event, tally)));
    }

    /**
     * Locks the event's seats without reading the event, for a check by the event module that changes
     * no seat (a lower capacity, a deletion).
     *
     * @return the seats taken, or empty when nobody ever registered
     */
    Optional<Integer> lockForCheck(EventId eventId) {
        if (TransactionSynchronizationManager.getResource(key(eventId)) instanceof LockedSeats held) {
            return Optional.of(held.seatsTaken());
        }
        return tallies.lockIfExists(eventId).map(Tally::seatsTaken);
    }

    private LockedSeats hold(Event event, Tally tally) {
        LockedSeats seats = new LockedSeats(event, tally, tallies, registrations, tokens, mails, workshops,
                properties.confirmationTime(), clock);
        String key = key(event.id());
        TransactionSynchronizationManager.bindResource(key, seats);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                seats.flush();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
        return seats;
    }

    private static String key(EventId event) {
        return Seats.class.getName() + ":" + event.value();
    }
}
