package de.offenekommune.registration;

import java.time.Instant;
import java.util.Locale;

import de.offenekommune.event.EventId;
import de.offenekommune.registration.internal.CancelledBy;
import de.offenekommune.registration.internal.Registrant;
import de.offenekommune.registration.internal.RegistrationId;
import de.offenekommune.registration.internal.Seats;
import de.offenekommune.registration.internal.WorkshopPlaces;

/**
 * One person's registration for one event, with the companions they bring. Each change of state is a
 * method that guards its rule; seats and waitlist order are kept by {@link Seats} under the event's lock.
 */
public class Registration {

    private final RegistrationId id;
    private final EventId event;
    private final Instant createdAt;
    private final Locale locale;
    private RegistrationState state;
    private String name;
    private String email;
    private String organization;
    private final int companions;
    private String answer;
    private String accessibilityNeeds;
    private Long waitlistSeq;
    private String submissionKey;
    private Instant emailVerifiedAt;
    private Instant expiresAt;
    private Instant confirmedAt;
    private Instant cancelledAt;
    private CancelledBy cancelledBy;
    private Instant anonymizedAt;
    /** Whether it chose any workshop, as read or as changed here since; its mails list them only then. */
    private boolean choseWorkshops;

    public Registration(RegistrationId id, EventId event, RegistrationState state, String name, String email,
            String organization, int companions, String answer, String accessibilityNeeds, Locale locale,
            Long waitlistSeq, String submissionKey, Instant emailVerifiedAt, Instant expiresAt, Instant createdAt,
            Instant confirmedAt, Instant cancelledAt, CancelledBy cancelledBy, Instant anonymizedAt) {
        this(id, event, state, name, email, organization, companions, answer, accessibilityNeeds, locale, waitlistSeq,
                submissionKey, emailVerifiedAt, expiresAt, createdAt, confirmedAt, cancelledAt, cancelledBy, anonymizedAt,
                false);
    }

    public Registration(RegistrationId id, EventId event, RegistrationState state, String name, String email,
            String organization, int companions, String answer, String accessibilityNeeds, Locale locale,
            Long waitlistSeq, String submissionKey, Instant emailVerifiedAt, Instant expiresAt, Instant createdAt,
            Instant confirmedAt, Instant cancelledAt, CancelledBy cancelledBy, Instant anonymizedAt,
            boolean choseWorkshops) {
        this.id = id;
        this.event = event;
        this.state = state;
        this.name = name;
        this.email = email;
        this.organization = organization;
        this.companions = companions;
        this.answer = answer;
        this.accessibilityNeeds = accessibilityNeeds;
        this.locale = locale;
        this.waitlistSeq = waitlistSeq;
        this.submissionKey = submissionKey;
        this.emailVerifiedAt = emailVerifiedAt;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
        this.confirmedAt = confirmedAt;
        this.cancelledAt = cancelledAt;
        this.cancelledBy = cancelledBy;
        this.anonymizedAt = anonymizedAt;
        this.choseWorkshops = choseWorkshops;
    }

    /** A new registration: with a seat it waits for confirmation, without one it waits on the waitlist. */
    public static Registration submitted(EventId event, Registrant registrant, Long waitlistSeq, Instant now,
            Instant confirmBy) {
        return new Registration(RegistrationId.random(), event,
                waitlistSeq == null ? RegistrationState.PENDING_CONFIRMATION : RegistrationState.WAITLISTED,
                registrant.name(), registrant.email(), registrant.organization(), registrant.companions(),
                registrant.answer(), registrant.accessibilityNeeds(), registrant.locale(), waitlistSeq,
                registrant.submissionKey(), null, confirmBy, now, null, null, null, null);
    }

    /** Someone registered at the door by the organizers: confirmed at once, the address as given there. */
    public static Registration walkedIn(EventId event, Registrant registrant, Instant now) {
        return new Registration(RegistrationId.random(), event, RegistrationState.CONFIRMED, registrant.name(),
                registrant.email(), registrant.organization(), registrant.companions(), registrant.answer(),
                registrant.accessibilityNeeds(), registrant.locale(), null, registrant.submissionKey(), now, null, now,
                now, null, null, null);
    }

    /** A request for an event whose organizers review each one: no seat, no waitlist place yet. */
    public static Registration requested(EventId event, Registrant registrant, Instant now, Instant confirmBy) {
        return new Registration(RegistrationId.random(), event, RegistrationState.PENDING_APPROVAL, registrant.name(),
                registrant.email(), registrant.organization(), registrant.companions(), registrant.answer(),
                registrant.accessibilityNeeds(), registrant.locale(), null, registrant.submissionKey(), null, confirmBy,
                now, null, null, null, null);
    }

    /**
     * The organizer accepts the request: a seat when {@code waitlistSeq} is {@code null}, else that place
     * on the waitlist. Only a request whose address is confirmed can be accepted.
     */
    public void accept(Long waitlistSeq, Instant now) {
        requireState(RegistrationState.PENDING_APPROVAL, "accept");
        if (!isVerified()) {
            throw new IllegalStateException("Registration " + id + " cannot be accepted before its address is confirmed");
        }
        if (waitlistSeq == null) {
            state = RegistrationState.CONFIRMED;
            confirmedAt = now;
        } else {
            state = RegistrationState.WAITLISTED;
            this.waitlistSeq = waitlistSeq;
        }
    }

    /** The organizer declines the request. */
    public void decline(Instant now) {
        requireState(RegistrationState.PENDING_APPROVAL, "decline");
        state = RegistrationState.DECLINED;
        cancelledBy = CancelledBy.ORGANIZER;
        cancelledAt = now;
        expiresAt = null;
    }

    /** The person used the link in the mail: their address is theirs. */
    public void confirm(Instant now) {
        if (isVerified() || (state != RegistrationState.PENDING_CONFIRMATION && state != RegistrationState.WAITLISTED
                && state != RegistrationState.PENDING_APPROVAL)) {
            throw new IllegalStateException("Registration " + id + " cannot be confirmed in state " + state);
        }
        emailVerifiedAt = now;
        expiresAt = null;
        if (state == RegistrationState.PENDING_CONFIRMATION) {
            state = RegistrationState.CONFIRMED;
            confirmedAt = now;
        }
    }

    /**
     * A seat became free for this waitlisted person. With a confirmed address they are registered at once;
     * otherwise they hold the seat until {@code confirmBy}.
     */
    public void promote(Instant now, Instant confirmBy) {
        requireState(RegistrationState.WAITLISTED, "promote");
        waitlistSeq = null;
        if (isVerified()) {
            state = RegistrationState.CONFIRMED;
            confirmedAt = now;
        } else {
            state = RegistrationState.PENDING_CONFIRMATION;
            expiresAt = confirmBy;
        }
    }

    /** The organizer gives the seat back; the person waits at {@code seq} of the waitlist. */
    public void moveToWaitlist(long seq) {
        if (!state.holdsSeat()) {
            throw new IllegalStateException("Registration " + id + " holds no seat in state " + state);
        }
        state = RegistrationState.WAITLISTED;
        waitlistSeq = seq;
        confirmedAt = null;
    }

    public void cancel(CancelledBy by, Instant now) {
        if (!state.isActive()) {
            throw new IllegalStateException("Registration " + id + " cannot be cancelled in state " + state);
        }
        state = RegistrationState.CANCELLED;
        cancelledBy = by;
        cancelledAt = now;
        waitlistSeq = null;
        expiresAt = null;
    }

    /** The address was not confirmed in time. */
    public void expire() {
        if (isVerified() || !state.isActive() || state == RegistrationState.CONFIRMED) {
            throw new IllegalStateException("Registration " + id + " cannot expire in state " + state);
        }
        state = RegistrationState.EXPIRED;
        waitlistSeq = null;
        expiresAt = null;
    }

    /** Forgets everything personal; the state and the party size stay for the counts. */
    public void anonymize(Instant now) {
        name = null;
        email = null;
        organization = null;
        answer = null;
        accessibilityNeeds = null;
        submissionKey = null;
        anonymizedAt = now;
    }

    /** Whether it chose a workshop; only {@link WorkshopPlaces} changes the choice, and tells it here. */
    public boolean choseWorkshops() {
        return choseWorkshops;
    }

    public void choseWorkshops(boolean chose) {
        choseWorkshops = chose;
    }

    public boolean isVerified() {
        return emailVerifiedAt != null;
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    /** The registrant and their companions. */
    public int party() {
        return 1 + companions;
    }

    private void requireState(RegistrationState required, String action) {
        if (state != required) {
            throw new IllegalStateException("Registration " + id + " cannot " + action + " in state " + state);
        }
    }

    public RegistrationId id() {
        return id;
    }

    public EventId event() {
        return event;
    }

    public RegistrationState state() {
        return state;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String organization() {
        return organization;
    }

    public int companions() {
        return companions;
    }

    public String answer() {
        return answer;
    }

    public String accessibilityNeeds() {
        return accessibilityNeeds;
    }

    public Locale locale() {
        return locale;
    }

    public Long waitlistSeq() {
        return waitlistSeq;
    }

    public String submissionKey() {
        return submissionKey;
    }

    public Instant emailVerifiedAt() {
        return emailVerifiedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public CancelledBy cancelledBy() {
        return cancelledBy;
    }

    public Instant anonymizedAt() {
        return anonymizedAt;
    }

    public boolean isAnonymized() {
        return anonymizedAt != null;
    }
}
