package de.offenekommune.registration.internal;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventManagement;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.RegistrationState;

/**
 * Organizers handling their event's participants: cancel, move between seat and waitlist, write to all
 * confirmed participants, and set what the form asks. Other organizers' events do not exist for them.
 */
@Service
public class ParticipantManagement {

    private static final Logger log = LoggerFactory.getLogger(ParticipantManagement.class);
    static final int MESSAGE_MAX = 5_000;
    public static final int CANCEL_MESSAGE_MAX = 2_000;

    private final EventManagement eventManagement;
    private final OrganizationDirectory organizations;
    private final Registrations registrations;
    private final RegistrationOptionsRepository options;
    private final Seats seats;
    private final AccessTokens tokens;
    private final RegistrationMails mails;
    private final Clock clock;

    ParticipantManagement(EventManagement eventManagement, OrganizationDirectory organizations,
            Registrations registrations, RegistrationOptionsRepository options, Seats seats, AccessTokens tokens,
            RegistrationMails mails, Clock clock) {
        this.eventManagement = eventManagement;
        this.organizations = organizations;
        this.registrations = registrations;
        this.options = options;
        this.seats = seats;
        this.tokens = tokens;
        this.mails = mails;
        this.clock = clock;
    }

    /** @throws EventNotFoundException when the user may not manage the event */
    public Event manageable(AccountPrincipal user, EventId event) {
        return eventManagement.findManageable(user, event);
    }

    /** A registration of a manageable event; registrations of other events do not exist here. */
    @Transactional(readOnly = true)
    public Registration registration(AccountPrincipal user, EventId eventId, RegistrationId id) {
        Event event = manageable(user, eventId);
        return registrations.findById(id)
                .filter(registration -> registration.event().equals(event.id()))
                .orElseThrow(() -> new EventNotFoundException(eventId));
    }

    /**
     * Cancels for the organizer; the person is told, with the organizer's message if there is one, and
     * the seat passes to the waitlist.
     *
     * @param message to the person, in the cancellation mail; may be {@code null}
     * @throws InvalidInputException when the message is too long
     * @throws ParticipantActionException when the registration is no longer active
     */
    @Transactional
    public void cancel(AccountPrincipal user, EventId eventId, RegistrationId id, String message) {
        manageable(user, eventId);
        String note = InputText.multiLine(message);
        Violations violations = new Violations();
        violations.limitText("message", note, CANCEL_MESSAGE_MAX);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        LockedSeats seats = lock(eventId);
        Registration registration = registrationOf(seats, id);
        if (!registration.state().isActive()) {
            throw new ParticipantActionException("registration.manage.notActive");
        }
        seats.cancel(registration, CancelledBy.ORGANIZER);
        if (!registration.isAnonymized()) {
            mails.cancelled(seats.event(), registration, true, note);
        }
        log.info("Registration {} of event {} cancelled by organizer {}", id, eventId, user.id());
    }

    /**
     * Accepts a request as if it came in now: a free seat, else the end of the waitlist, from which it moves
     * up by the usual rules. The person is told, with the organizer's message if there is one.
     *
     * @param message to the person; may be {@code null}
     * @throws InvalidInputException when the message is too long
     * @throws ParticipantActionException when the request is decided or its address not yet confirmed
     */
    @Transactional
    public void accept(AccountPrincipal user, EventId eventId, RegistrationId id, String message) {
        String note = decisionNote(user, eventId, message);
        LockedSeats seats = lock(eventId);
        Registration registration = pendingApproval(seats, id);
        if (!registration.isVerified()) {
            throw new ParticipantActionException("registration.manage.notVerifiedYet");
        }
        seats.accept(registration);
        mails.approvalDecided(seats.event(), registration, registrations.waitlistPosition(registration),
                tokens.issue(registration.id(), TokenPurpose.MANAGE, null, clock.instant()), note);
        log.info("Registration {} of event {} accepted by organizer {}: {}", id, eventId, user.id(), registration.state());
    }

    /**
     * Declines a request; it held no seat. The person is told, with the organizer's message if there is one.
     *
     * @param message to the person; may be {@code null}
     * @throws InvalidInputException when the message is too long
     * @throws ParticipantActionException when the request is already decided
     */
    @Transactional
    public void decline(AccountPrincipal user, EventId eventId, RegistrationId id, String message) {
        String note = decisionNote(user, eventId, message);
        LockedSeats seats = lock(eventId);
        Registration registration = pendingApproval(seats, id);
        seats.decline(registration);
        mails.approvalDecided(seats.event(), registration, 0, null, note);
        log.info("Registration {} of event {} declined by organizer {}", id, eventId, user.id());
    }

    /** Whether the organizers accept or decline each new registration of the event themselves. */
    @Transactional
    public void requireApproval(AccountPrincipal user, EventId eventId, boolean required) {
        manageable(user, eventId);
        options.requireApproval(eventId, required);
    }

    private String decisionNote(AccountPrincipal user, EventId eventId, String message) {
        manageable(user, eventId);
        String note = InputText.multiLine(message);
        Violations violations = new Violations();
        violations.limitText("message", note, CANCEL_MESSAGE_MAX);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return note;
    }

    private Registration pendingApproval(LockedSeats seats, RegistrationId id) {
        Registration registration = registrationOf(seats, id);
        if (registration.state() != RegistrationState.PENDING_APPROVAL || registration.isAnonymized()) {
            throw new ParticipantActionException("registration.manage.notPendingApproval");
        }
        return registration;
    }

    /**
     * Gives a waitlisted person a seat out of order, if it is free. Like any promotion, an unconfirmed
     * address must still be confirmed.
     */
    @Transactional
    public void moveToSeat(AccountPrincipal user, EventId eventId, RegistrationId id) {
        manageable(user, eventId);
        LockedSeats seats = lock(eventId);
        Registration registration = registrationOf(seats, id);
        if (registration.state() != RegistrationState.WAITLISTED) {
            throw new ParticipantActionException("registration.manage.notWaitlisted");
        }
        if (!seats.moveToSeat(registration)) {
            throw new ParticipantActionException("registration.manage.noRoom");
        }
    }

    /**
     * Takes the seat back and puts the person first on the waitlist, e.g. before lowering the capacity.
     * The freed seat is deliberately not passed on.
     */
    @Transactional
    public void moveToWaitlist(AccountPrincipal user, EventId eventId, RegistrationId id) {
        manageable(user, eventId);
        LockedSeats seats = lock(eventId);
        Registration registration = registrationOf(seats, id);
        if (!registration.state().holdsSeat()) {
            throw new ParticipantActionException("registration.manage.noSeat");
        }
        seats.moveToWaitlist(registration);
        if (registration.isVerified()) {
            Instant now = clock.instant();
            mails.movedToWaitlist(seats.event(), registration, registrations.waitlistPosition(registration),
                    tokens.issue(registration.id(), TokenPurpose.MANAGE, null, now));
        }
        log.info("Registration {} of event {} moved to the waitlist by organizer {}", id, eventId, user.id());
    }

    /** The event's seats, after the rights were checked; the event is read once more under the lock. */
    private LockedSeats lock(EventId eventId) {
        return seats.lock(eventId).orElseThrow(() -> new EventNotFoundException(eventId));
    }

    /** The registration as it is under the lock; registrations of other events do not exist here. */
    private Registration registrationOf(LockedSeats seats, RegistrationId id) {
        return registrations.findById(id)
                .filter(registration -> registration.event().equals(seats.event().id()))
                .orElseThrow(() -> new EventNotFoundException(seats.event().id()));
    }

    /**
     * Writes to everyone with a confirmed registration, through the outbox.
     *
     * @return how many were written to
     * @throws InvalidInputException when the message is empty or too long
     */
    @Transactional
    public int message(AccountPrincipal user, EventId eventId, String text) {
        Event event = manageable(user, eventId);
        String message = InputText.multiLine(text);
        Violations violations = new Violations();
        violations.requireText("message", message, MESSAGE_MAX);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String organizer = organizations.find(event.organizer()).map(o -> o.name()).orElse("");
        int sent = 0;
        for (Registration registration : registrations.findByEvent(eventId, RegistrationState.CONFIRMED)) {
            if (!registration.isAnonymized()) {
                mails.organizerMessage(event, registration, organizer, message);
                sent++;
            }
        }
        log.info("Organizer {} wrote to {} participants of event {}", user.id(), sent, eventId);
        return sent;
    }

    @Transactional
    public void saveOptions(AccountPrincipal user, EventId eventId, RegistrationOptions revised) {
        manageable(user, eventId);
        Violations violations = new Violations();
        if (revised.maxCompanions() < 0 || revised.maxCompanions() > RegistrationOptions.MAX_COMPANIONS) {
            violations.add("maxCompanions", "registration.settings.maxCompanionsInvalid", RegistrationOptions.MAX_COMPANIONS);
        }
        violations.limitText("question", revised.question(), RegistrationOptions.QUESTION_MAX);
        violations.limitText("consentText", revised.consentText(), RegistrationOptions.CONSENT_MAX);
        if (!RegistrationOptions.REMINDER_CHOICES.contains(revised.reminderHours())) {
            violations.add("reminderHours", "registration.settings.reminderInvalid");
        }
        if (revised.questionRequired() && revised.question() == null) {
            violations.add("question", "registration.settings.questionMissing");
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        options.save(eventId, revised);
    }
}
