package de.offenekommune.registration.internal;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventChange.EventCancelled;
import de.offenekommune.event.EventChange.EventPostponed;
import de.offenekommune.event.EventChange.EventRevised;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.RegistrationState;

/**
 * Follows changes of events inside the organizer's transaction, so that the notices to participants
 * are queued exactly when the change commits: a new capacity passes seats on to the waitlist, a new time
 * or place and a cancellation are mailed to everyone with a confirmed address.
 */
@Component
class EventChangeListener {

    private static final Logger log = LoggerFactory.getLogger(EventChangeListener.class);

    private final Tallies tallies;
    private final Seats seats;
    private final Registrations registrations;
    private final AccessTokens tokens;
    private final RegistrationMails mails;
    private final java.time.Clock clock;

    EventChangeListener(Tallies tallies, Seats seats, Registrations registrations, AccessTokens tokens,
            RegistrationMails mails, java.time.Clock clock) {
        this.tallies = tallies;
        this.seats = seats;
        this.registrations = registrations;
        this.tokens = tokens;
        this.mails = mails;
        this.clock = clock;
    }

    @EventListener
    void on(EventRevised revised) {
        LockedSeats locked = seats.lockIfAnyoneRegistered(revised.event()).orElse(null);
        if (locked == null) {
            return;
        }
        Event event = locked.event();
        tallies.rememberSchedule(event.id(), event.details().schedule());
        int promoted = locked.promoteWaitlist();
        if (revised.rescheduled() && event.isPublic()) {
            Instant now = clock.instant();
            List<Registration> told = participants(event);
            for (Registration registration : told) {
                mails.eventRescheduled(event, registration, tokens.issue(registration.id(), TokenPurpose.MANAGE, null, now));
            }
            log.info("Event {} rescheduled: told {} participants", event.id(), told.size());
        }
        if (promoted > 0) {
            log.info("Event {} revised: {} moved up from the waitlist", event.id(), promoted);
        }
    }

    @EventListener
    void on(EventCancelled cancelled) {
        // The lock makes a registration racing with the cancellation either visible here or refused.
        Event event = seats.lockIfAnyoneRegistered(cancelled.event()).map(LockedSeats::event).orElse(null);
        if (event == null) {
            return;
        }
        List<Registration> told = participants(event);
        told.forEach(registration -> mails.eventCancelled(event, registration));
        log.info("Event {} cancelled: told {} participants", event.id(), told.size());
    }

    /** Registrations stay valid while a new date is sought; people may cancel now or wait for it. */
    @EventListener
    void on(EventPostponed postponed) {
        Event event = seats.lockIfAnyoneRegistered(postponed.event()).map(LockedSeats::event).orElse(null);
        if (event == null) {
            return;
        }
        Instant now = clock.instant();
        List<Registration> told = participants(event);
        told.forEach(registration -> mails.eventPostponed(event, registration,
                tokens.issue(registration.id(), TokenPurpose.MANAGE, null, now)));
        log.info("Event {} postponed: told {} participants", event.id(), told.size());
    }

    /** Everyone with a seat, a waitlist place or a request waiting for approval whose address is confirmed. */
    private List<Registration> participants(Event event) {
        return Stream.of(RegistrationState.CONFIRMED, RegistrationState.WAITLISTED, RegistrationState.PENDING_CONFIRMATION,
                        RegistrationState.PENDING_APPROVAL)
                .flatMap(state -> registrations.findByEvent(event.id(), state).stream())
                .filter(registration -> registration.isVerified() && !registration.isAnonymized())
                .toList();
    }
}
