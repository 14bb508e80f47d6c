package de.offenekommune.registration;

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
import de.offenekommune.event.Events;

/**
 * Follows changes of events inside the organizer's transaction, so that the notices to participants
 * are queued exactly when the change commits: a new capacity passes seats on to the waitlist, a new time
 * or place and a cancellation are mailed to everyone with a confirmed address.
 */
@Component
class EventChangeListener {

    private static final Logger log = LoggerFactory.getLogger(EventChangeListener.class);

    private final Events events;
    private final Tallies tallies;
    private final Seats seats;
    private final Registrations registrations;
    private final AccessTokens tokens;
    private final RegistrationMails mails;
    private final java.time.Clock clock;

    EventChangeListener(Events events, Tallies tallies, Seats seats, Registrations registrations, AccessTokens tokens,
            RegistrationMails mails, java.time.Clock clock) {
        this.events = events;
        this.tallies = tallies;
        this.seats = seats;
        this.registrations = registrations;
        this.tokens = tokens;
        this.mails = mails;
        this.clock = clock;
    }

    @EventListener
    void on(EventRevised revised) {
        if (!tallies.exists(revised.event())) {
            return;
        }
        Event event = events.findById(revised.event()).orElseThrow();
        Tally tally = seats.lock(event);
        tallies.rememberEnd(event.id(), event.details().schedule().end());
        int promoted = seats.promoteWaitlist(event, tally);
        seats.store(tally);
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
        if (!tallies.exists(cancelled.event())) {
            return;
        }
        Event event = events.findById(cancelled.event()).orElseThrow();
        // The lock makes a registration racing with the cancellation either visible here or refused.
        seats.lock(event);
        List<Registration> told = participants(event);
        told.forEach(registration -> mails.eventCancelled(event, registration));
        log.info("Event {} cancelled: told {} participants", event.id(), told.size());
    }

    /** Registrations stay valid while a new date is sought; people may cancel now or wait for it. */
    @EventListener
    void on(EventPostponed postponed) {
        if (!tallies.exists(postponed.event())) {
            return;
        }
        Event event = events.findById(postponed.event()).orElseThrow();
        seats.lock(event);
        Instant now = clock.instant();
        List<Registration> told = participants(event);
        told.forEach(registration -> mails.eventPostponed(event, registration,
                tokens.issue(registration.id(), TokenPurpose.MANAGE, null, now)));
        log.info("Event {} postponed: told {} participants", event.id(), told.size());
    }

    /** Everyone with a seat or a waitlist place whose address is confirmed. */
    private List<Registration> participants(Event event) {
        return Stream.of(RegistrationState.CONFIRMED, RegistrationState.WAITLISTED, RegistrationState.PENDING_CONFIRMATION)
                .flatMap(state -> registrations.findByEvent(event.id(), state).stream())
                .filter(registration -> registration.isVerified() && !registration.isAnonymized())
                .toList();
    }
}
