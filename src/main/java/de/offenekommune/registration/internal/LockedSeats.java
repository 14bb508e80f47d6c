package de.offenekommune.registration.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventStatus;
import de.offenekommune.programme.SessionId;
import de.offenekommune.registration.internal.Availability;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.RegistrationState;

/**
 * The seats and waitlist of one event while this transaction holds their lock, obtained only from
 * {@link Seats#lock}. Every change of a registration that gives, frees or passes on a seat or a waitlist
 * place is a method here, and each one frees what the registration held, passes freed seats on to the
 * waitlist and stores the count itself: the count and the registrations cannot drift apart.
 * <p>
 * The same holds for workshop places ({@link WorkshopPlaces}): a registration holds a place in a workshop only
 * while it holds a seat at the event; whoever chose a workshop without a seat at the event, or after its places
 * were gone, waits for it in the order of choice. Every method here that changes seats passes free workshop
 * places on before it ends.
 */
public final class LockedSeats {

    private static final Logger log = LoggerFactory.getLogger(LockedSeats.class);

    private final Event event;
    private final Tally tally;
    private final Tallies tallies;
    private final Registrations registrations;
    private final AccessTokens tokens;
    private final RegistrationMails mails;
    private final WorkshopPlaces workshops;
    private final Duration confirmationTime;
    private final Clock clock;
    /** Whether anyone waits; {@code null} until asked again after someone left the waitlist. */
    private Boolean waitlist;
    /** Whether the count changed since it was last saved; saved at the latest before the commit ({@link #flush}). */
    private boolean unsaved;
    /**
     * The last registration that joined the end of the waitlist here, and its place, while nobody else joined or
     * left it since: the next one's place follows without counting again.
     */
    private Registration lastJoined;
    private int lastJoinedPosition;
    /**
     * People given a seat here, whose mail waits until the workshop places went round: it lists the workshop
     * places their seat brought them.
     */
    private final List<Promotion> promotions = new ArrayList<>();

    private record Promotion(Registration registration, String token) {
    }

    LockedSeats(Event event, Tally tally, Tallies tallies, Registrations registrations, AccessTokens tokens,
            RegistrationMails mails, WorkshopPlaces workshops, Duration confirmationTime, Clock clock) {
        this.event = event;
        this.tally = tally;
        this.tallies = tallies;
        this.registrations = registrations;
        this.tokens = tokens;
        this.mails = mails;
        this.workshops = workshops;
        this.confirmationTime = confirmationTime;
        this.clock = clock;
    }

    /** The event as read under the lock. */
    public Event event() {
        return event;
    }

    int seatsTaken() {
        return tally.seatsTaken();
    }

    /** Whether and how people can register, counted under the lock. */
    public Availability availability() {
        return Availability.of(event, tally.seatsTaken(), hasWaitlist(), clock.instant());
    }

    /**
     * A new registration: a seat while one is free and nobody waits, else a place at the end of the
     * waitlist; either way to be confirmed until the registration's {@code expiresAt}. The chosen workshops
     * are checked by {@link WorkshopChoices}; with a seat, a place in each while one is free, else a place on
     * its waitlist.
     */
    public Registration register(Registrant registrant, List<SessionId> chosenWorkshops) {
        Instant now = clock.instant();
        boolean seat = !hasWaitlist() && tally.fits(registrant.party(), capacity());
        Registration registration = Registration.submitted(event.id(), registrant, seat ? null : tally.joinWaitlist(),
                now, now.plus(confirmationTime));
        registrations.insert(registration, registrant.fingerprint());
        if (seat) {
            tally.take(registration.party());
        } else {
            lastJoinedPosition = lastJoined != null ? lastJoinedPosition + 1 : registrations.waitlistPosition(registration);
            lastJoined = registration;
            waitlist = true;
        }
        if (chosenWorkshops.isEmpty()) {
            // Nobody else's workshop place changes: people registering together share one save of the count.
            unsaved = true;
        } else {
            workshops.join(registration, chosenWorkshops, now);
            store(registration);
        }
        return registration;
    }

    /** 1 for the first person on the waitlist; 0 when the registration is not waitlisted. */
    public int waitlistPosition(Registration registration) {
        requireOwn(registration);
        return registration == lastJoined ? lastJoinedPosition : registrations.waitlistPosition(registration);
    }

    /** Saves the count if it changed since it was last saved; called before the transaction commits. */
    void flush() {
        if (unsaved) {
            tallies.save(tally);
            unsaved = false;
        }
    }

    /**
     * A request to be reviewed by the organizers: it holds no seat and no waitlist place until accepted,
     * and is to be confirmed until its {@code expiresAt} like any registration.
     */
    public Registration request(Registrant registrant, List<SessionId> chosenWorkshops) {
        Instant now = clock.instant();
        Registration registration = Registration.requested(event.id(), registrant, now, now.plus(confirmationTime));
        registrations.insert(registration, registrant.fingerprint());
        workshops.join(registration, chosenWorkshops, now);
        return registration;
    }

    /**
     * Accepts a request as if it registered now: a seat while one is free and nobody waits, else a place at
     * the end of the waitlist, which moves up by the usual rules.
     *
     * @return whether the person got a seat
     */
    boolean accept(Registration registration) {
        requireOwn(registration);
        boolean seat = !hasWaitlist() && tally.fits(registration.party(), capacity());
        registration.accept(seat ? null : tally.joinWaitlist(), clock.instant());
        registrations.update(registration);
        lastJoined = null;
        if (seat) {
            tally.take(registration.party());
        } else {
            waitlist = true;
        }
        store(registration);
        return seat;
    }

    /**
     * Someone at the door without a registration: a confirmed seat when one is free, counted under the lock
     * like every other seat; at the door the waitlist no longer moves, so a free seat is free.
     *
     * @return the registration, or empty when no seat is free
     */
    public Optional<Registration> walkIn(Registrant registrant) {
        if (!tally.fits(registrant.party(), capacity())) {
            return Optional.empty();
        }
        Registration registration = Registration.walkedIn(event.id(), registrant, clock.instant());
        registrations.insert(registration, registrant.fingerprint());
        tally.take(registration.party());
        store();
        return Optional.of(registration);
    }

    /** Declines a request; it held nothing, so nothing passes on. */
    void decline(Registration registration) {
        requireOwn(registration);
        registration.decline(clock.instant());
        registrations.update(registration);
        workshops.leaveAll(registration);
    }

    /**
     * Replaces the workshops a registration chose ({@link WorkshopChoices} checked them): a workshop it keeps
     * keeps its place or waitlist position; a new one gets a free place (with a seat at the event) or a place at
     * the end of its waitlist; the places it gives up pass on to the next in line.
     */
    public void choose(Registration registration, List<SessionId> chosenWorkshops) {
        requireOwn(registration);
        workshops.replace(registration, chosenWorkshops, clock.instant());
        passOnWorkshopPlaces(registration);
    }

    /** The address is confirmed: a seat stays taken, a waitlist place stays where it is. */
    public void confirm(Registration registration) {
        requireOwn(registration);
        registration.confirm(clock.instant());
        registrations.update(registration);
    }

    /** Frees the seat or waitlist place and passes freed seats on. */
    public void cancel(Registration registration, CancelledBy by) {
        requireOwn(registration);
        release(registration);
        registration.cancel(by, clock.instant());
        registrations.update(registration);
        promote();
        store();
    }

    /** Cancels if need be and forgets everything personal; the state stays for the counts. */
    public void cancelAndAnonymize(Registration registration) {
        requireOwn(registration);
        Instant now = clock.instant();
        if (registration.state().isActive()) {
            release(registration);
            registration.cancel(CancelledBy.REGISTRANT, now);
        }
        registration.anonymize(now);
        registrations.update(registration);
        promote();
        store();
    }

    /**
     * Unconfirmed registrations whose time ran out free their seat or place; the seats pass on.
     *
     * @return how many moved up from the waitlist
     */
    int expire(List<Registration> due) {
        for (Registration registration : due) {
            requireOwn(registration);
            release(registration);
            registration.expire();
            registrations.update(registration);
        }
        int promoted = promote();
        store();
        return promoted;
    }

    /** Takes the seat back and puts the person first on the waitlist; the freed seat is not passed on. */
    void moveToWaitlist(Registration registration) {
        requireOwn(registration);
        freeSeat(registration);
        registration.moveToWaitlist(tally.headOfWaitlist());
        registrations.update(registration);
        lastJoined = null;
        workshops.unseat(registration);
        waitlist = true;
        store();
    }

    /**
     * Gives a waitlisted person a seat out of order, and tells them.
     *
     * @return {@code false}, changing nothing, when their party does not fit
     */
    boolean moveToSeat(Registration registration) {
        requireOwn(registration);
        if (!tally.fits(registration.party(), capacity())) {
            return false;
        }
        giveSeat(registration, clock.instant());
        store();
        return true;
    }

    /**
     * Gives free seats to the waitlist in order, as long as the first person's party fits; a larger party
     * first in line is not overtaken. Nothing moves once the event is no longer published or has begun.
     *
     * @return how many were promoted
     */
    int promoteWaitlist() {
        int promoted = promote();
        if (promoted > 0) {
            store();
        }
        return promoted;
    }

    private int promote() {
        Instant now = clock.instant();
        if (event.status() != EventStatus.PUBLISHED || !now.isBefore(event.details().schedule().start())) {
            return 0;
        }
        int promoted = 0;
        while (true) {
            Optional<Registration> head = registrations.findWaitlistHead(event.id());
            if (head.isEmpty() || !tally.fits(head.get().party(), capacity())) {
                if (head.isEmpty()) {
                    waitlist = false;
                }
                return promoted;
            }
            giveSeat(head.get(), now);
            promoted++;
        }
    }

    private void giveSeat(Registration registration, Instant now) {
        Instant confirmBy = now.plus(confirmationTime);
        registration.promote(now, confirmBy);
        tally.take(registration.party());
        registrations.update(registration);
        waitlist = null;
        lastJoined = null;
        String token = registration.isVerified()
                ? tokens.issue(registration.id(), TokenPurpose.MANAGE, null, now)
                : tokens.issue(registration.id(), TokenPurpose.CONFIRM, confirmBy, now);
        promotions.add(new Promotion(registration, token));
        log.info("Registration {} of event {} moved up from the waitlist", registration.id(), event.id());
    }

    private void release(Registration registration) {
        workshops.leaveAll(registration);
        freeSeat(registration);
    }

    private void freeSeat(Registration registration) {
        if (registration.state().holdsSeat()) {
            tally.free(registration.party());
        }
        if (registration.state() == RegistrationState.WAITLISTED) {
            waitlist = null;
            lastJoined = null;
        }
    }

    private boolean hasWaitlist() {
        if (waitlist == null) {
            waitlist = registrations.hasWaitlist(event.id());
        }
        return waitlist;
    }

    private Integer capacity() {
        return event.details().registration().capacity();
    }

    private void store() {
        store(null);
    }

    /**
     * Saves the count, passes free workshop places on and tells the people who got a seat, with their workshop
     * places; {@code chooser}'s own new places need no mail.
     */
    private void store(Registration chooser) {
        tallies.save(tally);
        unsaved = false;
        passOnWorkshopPlaces(chooser);
        promotions.forEach(promotion -> mails.promoted(event, promotion.registration(), promotion.token()));
        promotions.clear();
    }

    /** Passes free workshop places on; those who chose or moved up here learn of theirs otherwise. */
    private void passOnWorkshopPlaces(Registration chooser) {
        Instant now = clock.instant();
        if (event.status() != EventStatus.PUBLISHED || !now.isBefore(event.details().schedule().start())) {
            return;
        }
        List<RegistrationId> told = new ArrayList<>(promotions.size() + 1);
        if (chooser != null) {
            told.add(chooser.id());
        }
        promotions.forEach(promotion -> told.add(promotion.registration().id()));
        workshops.passOn(event, told);
    }

    private void requireOwn(Registration registration) {
        if (!registration.event().equals(event.id())) {
            throw new IllegalArgumentException("Registration " + registration.id() + " is not of event " + event.id());
        }
    }
}
