package de.offenekommune.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.event.Events;
import de.offenekommune.notification.MailAttachment;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;
import de.offenekommune.programme.Programme;
import de.offenekommune.programme.Programmes;
import de.offenekommune.programme.SessionId;
import de.offenekommune.registration.RegistrationLinkException.Reason;
import de.offenekommune.registration.internal.AccessTokens;
import de.offenekommune.registration.internal.Availability;
import de.offenekommune.registration.internal.CancelledBy;
import de.offenekommune.registration.internal.LockedSeats;
import de.offenekommune.registration.internal.Receipt;
import de.offenekommune.registration.internal.Registrant;
import de.offenekommune.registration.internal.RegistrationAnswers;
import de.offenekommune.registration.internal.RegistrationBatches;
import de.offenekommune.registration.internal.RegistrationClosedException;
import de.offenekommune.registration.internal.RegistrationInput;
import de.offenekommune.registration.internal.RegistrationLimitException;
import de.offenekommune.registration.internal.RegistrationLimits;
import de.offenekommune.registration.internal.RegistrationMails;
import de.offenekommune.registration.internal.RegistrationOptions;
import de.offenekommune.registration.internal.RegistrationOptionsRepository;
import de.offenekommune.registration.internal.RegistrationProperties;
import de.offenekommune.registration.internal.RegistrationQuestion;
import de.offenekommune.registration.internal.RegistrationQuestions;
import de.offenekommune.registration.internal.RegistrationRules;
import de.offenekommune.registration.internal.RegistrationSettings;
import de.offenekommune.registration.internal.Registrations;
import de.offenekommune.registration.internal.Seats;
import de.offenekommune.registration.internal.SessionPlaces;
import de.offenekommune.registration.internal.Tallies;
import de.offenekommune.registration.internal.TokenPurpose;
import de.offenekommune.registration.internal.WorkshopChoices;
import de.offenekommune.registration.internal.WorkshopOffer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Citizens registering, confirming, cancelling and deleting their data, from the form or the API. Every
 * change of seats happens under the event's lock; every mail is queued in the same transaction.
 */
@Service
public class RegistrationManagement {

    private static final Logger log = LoggerFactory.getLogger(RegistrationManagement.class);

    private final Events events;
    private final Registrations registrations;
    private final RegistrationOptionsRepository options;
    private final Tallies tallies;
    private final Seats seats;
    private final AccessTokens tokens;
    private final RegistrationMails mails;
    private final RegistrationProperties properties;
    private final Clock clock;
    private final RegistrationBatches batches;
    private final RegistrationLimits limits;
    private final Programmes programmes;
    private final SessionPlaces places;
    private final RegistrationQuestions questions;
    private final RegistrationAnswers answers;
    private final Counter seated;
    private final Counter waitlisted;

    @SuppressWarnings("java:S107")
    RegistrationManagement(Events events, Registrations registrations, RegistrationOptionsRepository options,
            Tallies tallies, Seats seats, AccessTokens tokens, RegistrationMails mails,
            RegistrationProperties properties, Clock clock, RegistrationBatches batches, RegistrationLimits limits,
            Programmes programmes, SessionPlaces places, MeterRegistry meters, RegistrationQuestions questions,
            RegistrationAnswers answers) {
        this.questions = questions;
        this.answers = answers;
        this.events = events;
        this.registrations = registrations;
        this.options = options;
        this.tallies = tallies;
        this.seats = seats;
        this.tokens = tokens;
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
        this.batches = batches;
        this.limits = limits;
        this.programmes = programmes;
        this.places = places;
        this.seated = registrationCounter(meters, "seat");
        this.waitlisted = registrationCounter(meters, "waitlist");
    }

    private static Counter registrationCounter(MeterRegistry meters, String place) {
        return Counter.builder("ok.registrations")
                .description("New registrations, committed, by the place they got")
                .tag("place", place)
                .register(meters);
    }

    /** Whether and how people can register now; read without locking, for display. */
    @Transactional(readOnly = true)
    public Availability availability(Event event) {
        return Availability.of(event, tallies.seatsTaken(event.id()), registrations.hasWaitlist(event.id()),
                clock.instant());
    }

    public boolean approvalRequired(EventId event) {
        return options.approvalRequired(event);
    }

    /** The options and the approval switch in one read, for the registration form. */
    public RegistrationSettings settings(EventId event) {
        return options.settings(event);
    }

    public RegistrationOptions options(EventId event) {
        return options.find(event);
    }

    /** The questions on the event's registration form, in their order. */
    public List<RegistrationQuestion> questions(EventId event) {
        return questions.asked(event);
    }

    /**
     * Registers a person: a seat while there is one and nobody waits, else a place on the waitlist. An
     * address already registered, or the same submission again, creates nothing new; the owner of an
     * address already registered gets a reminder with their link, at most one mail per window.
     *
     * @throws EventNotFoundException       when the event does not exist or is not public
     * @throws RegistrationClosedException  when the event takes no registrations now
     * @throws InvalidInputException when the input breaks the rules, or its submission key came before
     *                                      with other input
     * @throws RegistrationLimitException   when the address got too many new registrations in this window
     */
    public Receipt register(EventId eventId, RegistrationInput input) {
        return register(publicEvent(eventId), input);
    }

    /**
     * {@link #register(Event, RegistrationInput)} for input a client sent from a network address, which counts
     * against that address first, whether the input is taken or not: the form and the API share the limit.
     *
     * @throws RegistrationLimitException when the address sent too many in this window
     */
    public Receipt register(Event event, RegistrationInput input, String clientAddress) {
        return register(event, input, Optional.of(clientAddress));
    }

    /**
     * {@link #register(EventId, RegistrationInput)} for an event the caller just read; it is read again under
     * the seat lock.
     */
    public Receipt register(Event event, RegistrationInput input) {
        return register(event, input, Optional.empty());
    }

    private Receipt register(Event event, RegistrationInput input, Optional<String> clientAddress) {
        EventId eventId = event.id();
        // Seats are counted under the lock only: whether the event is open does not depend on them.
        if (!Availability.of(event, 0, false, clock.instant()).acceptsRegistrations()) {
            clientAddress.ifPresent(limits::acquire);
            throw new RegistrationClosedException(availability(event));
        }
        Violations violations = new Violations();
        RegistrationSettings settings = options.settings(eventId);
        Registrant registrant = RegistrationRules.check(input, settings.options(), questions.asked(eventId),
                event.details().registration().capacity(), violations);
        List<SessionId> workshops = input.workshops().isEmpty() ? List.of()
                : WorkshopChoices.check(input.workshops(), programmes.of(eventId), violations);
        if (!violations.isEmpty()) {
            clientAddress.ifPresent(limits::acquire);
            throw new InvalidInputException(violations);
        }
        // An address registered already counts against the network address only (see RegistrationLimits).
        boolean newEmail = registrations.findActiveByEmail(eventId, registrant.email()).isEmpty();
        if (clientAddress.isPresent() && newEmail) {
            limits.acquire(clientAddress.get(), registrant.email());
        } else if (clientAddress.isPresent()) {
            limits.acquire(clientAddress.get());
        } else if (newEmail) {
            limits.acquireForEmail(registrant.email());
        }
        // Checked again under the seat lock; people who register at the same moment share its transaction.
        Receipt receipt = batches.run(eventId,
                () -> registerLocked(eventId, registrant, workshops, settings.approvalRequired()));
        if (receipt.outcome() == Receipt.Outcome.SEAT) {
            seated.increment();
        } else if (receipt.outcome() == Receipt.Outcome.WAITLIST) {
            waitlisted.increment();
        }
        return receipt;
    }

    private Receipt registerLocked(EventId eventId, Registrant registrant, List<SessionId> workshops,
            boolean approvalRequired) {
        // The event as it is under the lock: it may have been cancelled or its capacity changed meanwhile.
        LockedSeats seats = this.seats.lock(eventId).filter(locked -> locked.event().isPublic())
                .orElseThrow(() -> new EventNotFoundException(eventId));
        Event event = seats.event();
        Instant now = clock.instant();
        Availability availability = seats.availability();
        if (!availability.acceptsRegistrations()) {
            throw new RegistrationClosedException(availability);
        }
        if (registrant.submissionKey() != null) {
            Optional<Boolean> same = registrations.sameSubmission(eventId, registrant.submissionKey(),
                    registrant.fingerprint());
            if (same.isPresent() && !same.get()) {
                Violations violations = new Violations();
                violations.add("submissionKey", "registration.submissionKeyReused");
                throw new InvalidInputException(violations);
            }
            if (same.isPresent()) {
                return new Receipt(Receipt.Outcome.REPEATED, null, 0);
            }
        }
        Optional<Registration> existing = registrations.findActiveByEmail(eventId, registrant.email());
        if (existing.isPresent()) {
            remind(event, existing.get(), now);
            return new Receipt(Receipt.Outcome.ALREADY_REGISTERED, existing.get().id(), 0);
        }
        Integer capacity = event.details().registration().capacity();
        if (capacity != null && registrant.party() > capacity) {
            Violations violations = new Violations();
            violations.add("companions", "registration.partyTooLarge", capacity);
            throw new InvalidInputException(violations);
        }
        if (approvalRequired) {
            Registration request = seats.request(registrant, workshops);
            answers.save(request.id(), registrant.answers());
            mails.approvalPending(event, request,
                    tokens.issue(request.id(), TokenPurpose.CONFIRM, request.expiresAt(), now));
            log.info("Registration {} for event {}: {}", request.id(), eventId, request.state());
            return new Receipt(Receipt.Outcome.REVIEW, request.id(), 0);
        }
        Registration registration = seats.register(registrant, workshops);
        answers.save(registration.id(), registrant.answers());
        boolean seat = registration.state().holdsSeat();
        String token = tokens.issue(registration.id(), TokenPurpose.CONFIRM, registration.expiresAt(), now);
        int position = seats.waitlistPosition(registration);
        if (seat) {
            mails.requested(event, registration, token);
        } else {
            mails.waitlisted(event, registration, position, token);
        }
        log.info("Registration {} for event {}: {}", registration.id(), eventId, registration.state());
        return new Receipt(seat ? Receipt.Outcome.SEAT : Receipt.Outcome.WAITLIST, registration.id(), position);
    }

    /** The registration a confirmation link belongs to, if the link still works. */
    @Transactional(readOnly = true)
    public PersonalRegistration checkConfirmation(String confirmToken) {
        AccessTokens.Match match = tokens.find(confirmToken, TokenPurpose.CONFIRM)
                .orElseThrow(() -> new RegistrationLinkException(Reason.UNKNOWN));
        Registration registration = registrations.findById(match.registration())
                .orElseThrow(() -> new RegistrationLinkException(Reason.UNKNOWN));
        refuseUnusable(match, registration, clock.instant());
        PersonalRegistration personal = personal(registration);
        refuseCancelledEvent(personal.event());
        return personal;
    }

    /**
     * Confirms the address: a pending registration becomes confirmed; a waitlisted one keeps its place and
     * no longer expires.
     *
     * @return the token of the personal page
     */
    @Transactional
    public String confirm(String confirmToken) {
        AccessTokens.Match match = tokens.find(confirmToken, TokenPurpose.CONFIRM)
                .orElseThrow(() -> new RegistrationLinkException(Reason.UNKNOWN));
        Registration registration = registrations.findById(match.registration())
                .orElseThrow(() -> new RegistrationLinkException(Reason.UNKNOWN));
        LockedSeats seats = this.seats.lock(registration.event())
                .orElseThrow(() -> new RegistrationLinkException(Reason.UNKNOWN));
        Event event = seats.event();
        // Re-read under the lock: expiry, a cancellation or a second click may have come first.
        registration = registrations.findById(registration.id()).orElseThrow(() -> new RegistrationLinkException(Reason.UNKNOWN));
        match = tokens.find(confirmToken, TokenPurpose.CONFIRM).orElseThrow(() -> new RegistrationLinkException(Reason.UNKNOWN));
        Instant now = clock.instant();
        refuseUnusable(match, registration, now);
        refuseCancelledEvent(event);
        if (!tokens.markUsed(match, now)) {
            throw new RegistrationLinkException(Reason.USED);
        }
        seats.confirm(registration);
        String manageToken = tokens.issue(registration.id(), TokenPurpose.MANAGE, null, now);
        if (registration.state() == RegistrationState.PENDING_APPROVAL) {
            mails.approvalPending(event, registration, manageToken);
        } else {
            mails.confirmed(event, registration, manageToken, registrations.waitlistPosition(registration));
        }
        log.info("Registration {} of event {} confirmed: {}", registration.id(), event.id(), registration.state());
        return manageToken;
    }

    @Transactional(readOnly = true)
    public PersonalRegistration personal(String manageToken) {
        return personal(owned(manageToken));
    }

    /** The person cancels through their personal link; the freed seat goes to the waitlist at once. */
    @Transactional
    public void cancel(String manageToken) {
        Registration registration = owned(manageToken);
        LockedSeats seats = this.seats.lock(registration.event())
                .orElseThrow(() -> new RegistrationLinkException(Reason.UNKNOWN));
        registration = registrations.findById(registration.id()).orElseThrow();
        if (!registration.state().isActive()) {
            return;
        }
        seats.cancel(registration, CancelledBy.REGISTRANT);
        mails.cancelled(seats.event(), registration, false, null);
        log.info("Registration {} of event {} cancelled by the registrant", registration.id(), registration.event());
    }

    /**
     * Cancels if need be and forgets everything personal; the personal link stops working. The state stays
     * for the organizer's counts.
     */
    @Transactional
    public void deleteData(String manageToken) {
        Registration registration = owned(manageToken);
        LockedSeats seats = this.seats.lock(registration.event())
                .orElseThrow(() -> new RegistrationLinkException(Reason.UNKNOWN));
        registration = registrations.findById(registration.id()).orElseThrow();
        seats.cancelAndAnonymize(registration);
        answers.deleteOf(registration.id());
        tokens.deleteAll(registration.id());
        mails.forget(List.of(registration.id()));
        log.info("Registration {} of event {} deleted by the registrant", registration.id(), registration.event());
    }

    /** The event's workshops with the places left, for a new registration; empty when it has none. */
    @Transactional(readOnly = true)
    public WorkshopOffer workshops(EventId event) {
        // the page shows the programme too: read once for both
        Programme programme = programmes.shown(event);
        return WorkshopOffer.of(programme, programme.workshopSlots().isEmpty() ? Map.of() : places.counts(event),
                List.of(), true);
    }

    /** The event's workshops with the places left and what the owner of the link chose. */
    @Transactional(readOnly = true)
    public WorkshopOffer workshops(String manageToken) {
        Registration registration = owned(manageToken);
        Event event = events.findById(registration.event()).orElseThrow(() -> new RegistrationLinkException(Reason.UNKNOWN));
        boolean open = registration.state().isActive() && event.status() == de.offenekommune.event.EventStatus.PUBLISHED
                && clock.instant().isBefore(event.details().schedule().start());
        return WorkshopOffer.of(programmes.of(registration.event()), places.counts(registration.event()),
                places.of(registration.id()), open);
    }

    /**
     * The owner of the link changes their workshops, until the event begins: the places they keep stay
     * theirs, the ones they give up pass on to the next in line.
     *
     * @throws InvalidInputException      when the choice breaks {@link WorkshopChoices}
     * @throws RegistrationLinkException  when the registration or the event has ended
     */
    @Transactional
    public void changeWorkshops(String manageToken, List<String> chosen) {
        Registration registration = owned(manageToken);
        Violations violations = new Violations();
        List<SessionId> workshops = WorkshopChoices.check(chosen, programmes.of(registration.event()), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        LockedSeats seats = this.seats.lock(registration.event())
                .orElseThrow(() -> new RegistrationLinkException(Reason.UNKNOWN));
        registration = registrations.findById(registration.id()).orElseThrow();
        if (!registration.state().isActive() || seats.event().status() != de.offenekommune.event.EventStatus.PUBLISHED
                || !clock.instant().isBefore(seats.event().details().schedule().start())) {
            throw new RegistrationLinkException(Reason.ENDED);
        }
        seats.choose(registration, workshops);
        log.info("Registration {} of event {} chose {} workshops", registration.id(), registration.event(),
                workshops.size());
    }

    /** The event as a calendar file, for a registration with a seat. */
    @Transactional(readOnly = true)
    public CalendarDownload calendar(String manageToken) {
        PersonalRegistration personal = personal(owned(manageToken));
        if (!personal.registration().state().holdsSeat()) {
            throw new RegistrationLinkException(Reason.UNKNOWN);
        }
        Event event = personal.event();
        MailAttachment file = mails.calendar(event, personal.registration().locale());
        return new CalendarDownload(file.filename(), file.content());
    }

    public record CalendarDownload(String filename, byte[] content) {
    }

    /** At most one mail per window: whoever enters someone else's address again and again cannot flood their inbox. */
    private void remind(Event event, Registration existing, Instant now) {
        Instant lastMail = tokens.lastIssued(existing.id());
        if (lastMail != null && now.isBefore(lastMail.plus(properties.window()))) {
            log.info("Registration {} of event {} was submitted again; its owner got a mail moments ago", existing.id(),
                    event.id());
            return;
        }
        if (existing.isVerified()) {
            String token = tokens.issue(existing.id(), TokenPurpose.MANAGE, null, now);
            mails.alreadyRegistered(event, existing, token, false, registrations.waitlistPosition(existing));
        } else {
            String token = tokens.issue(existing.id(), TokenPurpose.CONFIRM, existing.expiresAt(), now);
            mails.alreadyRegistered(event, existing, token, true, registrations.waitlistPosition(existing));
        }
        log.info("Registration {} of event {} was submitted again; its owner was reminded", existing.id(), event.id());
    }

    private Registration owned(String manageToken) {
        AccessTokens.Match match = tokens.find(manageToken, TokenPurpose.MANAGE)
                .orElseThrow(() -> new RegistrationLinkException(Reason.UNKNOWN));
        return registrations.findById(match.registration())
                .filter(registration -> !registration.isAnonymized())
                .orElseThrow(() -> new RegistrationLinkException(Reason.UNKNOWN));
    }

    private PersonalRegistration personal(Registration registration) {
        Event event = events.findById(registration.event()).orElseThrow(() -> new RegistrationLinkException(Reason.UNKNOWN));
        return new PersonalRegistration(registration, event, registrations.waitlistPosition(registration));
    }

    private static void refuseUnusable(AccessTokens.Match match, Registration registration, Instant now) {
        if (match.usedAt() != null) {
            throw new RegistrationLinkException(Reason.USED);
        }
        if (!registration.state().isActive() || registration.isAnonymized()) {
            throw new RegistrationLinkException(Reason.ENDED);
        }
        if (registration.isVerified()) {
            throw new RegistrationLinkException(Reason.USED);
        }
        if (match.isExpiredAt(now) || registration.isExpiredAt(now)) {
            throw new RegistrationLinkException(Reason.EXPIRED);
        }
    }

    private static void refuseCancelledEvent(Event event) {
        if (event.status() == de.offenekommune.event.EventStatus.CANCELLED) {
            throw new RegistrationLinkException(Reason.ENDED);
        }
    }

    private Event publicEvent(EventId id) {
        return events.findById(id).filter(Event::isPublic).orElseThrow(() -> new EventNotFoundException(id));
    }
}
