package de.offenekommune.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventStatus;

/**
 * Capacity and waitlist of one event, used only while its tally row is locked: taking and freeing
 * seats and passing freed seats on to the waitlist, strictly in order, within the same transaction.
 */
@Component
class Seats {

    private static final Logger log = LoggerFactory.getLogger(Seats.class);

    private final Tallies tallies;
    private final Registrations registrations;
    private final AccessTokens tokens;
    private final RegistrationMails mails;
    private final RegistrationProperties properties;
    private final Clock clock;

    Seats(Tallies tallies, Registrations registrations, AccessTokens tokens, RegistrationMails mails,
            RegistrationProperties properties, Clock clock) {
        this.tallies = tallies;
        this.registrations = registrations;
        this.tokens = tokens;
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
    }

    /** Locks the event's seats until the transaction ends. */
    Tally lock(Event event) {
        return tallies.lock(event.id(), event.details().schedule().end());
    }

    void store(Tally tally) {
        tallies.save(tally);
    }

    /** Call before the registration leaves a state that holds a seat. */
    void release(Registration registration, Tally tally) {
        if (registration.state().holdsSeat()) {
            tally.free(registration.party());
        }
    }

    /**
     * Gives free seats to the waitlist in order, as long as the first person's party fits; a larger party
     * first in line is not overtaken. Nothing moves once the event is no longer published or has begun.
     *
     * @return how many were promoted
     */
    int promoteWaitlist(Event event, Tally tally) {
        Instant now = clock.instant();
        if (event.status() != EventStatus.PUBLISHED || !now.isBefore(event.details().schedule().start())) {
            return 0;
        }
        Integer capacity = event.details().registration().capacity();
        int promoted = 0;
        while (true) {
            Optional<Registration> head = registrations.findWaitlistHead(event.id());
            if (head.isEmpty() || !tally.fits(head.get().party(), capacity)) {
                return promoted;
            }
            giveSeat(event, head.get(), tally, now);
            promoted++;
        }
    }

    /** Moves a waitlisted person to a seat (the caller checked that it fits) and tells them. */
    void giveSeat(Event event, Registration registration, Tally tally, Instant now) {
        Instant confirmBy = now.plus(properties.confirmationTime());
        registration.promote(now, confirmBy);
        tally.take(registration.party());
        registrations.update(registration);
        String token = registration.isVerified()
                ? tokens.issue(registration.id(), TokenPurpose.MANAGE, null, now)
                : tokens.issue(registration.id(), TokenPurpose.CONFIRM, confirmBy, now);
        mails.promoted(event, registration, token);
        log.info("Registration {} of event {} moved up from the waitlist", registration.id(), event.id());
    }
}
