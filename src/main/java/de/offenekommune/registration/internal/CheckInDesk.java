package de.offenekommune.registration.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventManagement;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.event.Events;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.RegistrationManagement;
import de.offenekommune.registration.RegistrationState;
import de.offenekommune.registration.internal.CheckInCodes;
import de.offenekommune.registration.internal.CheckInHelpers;
import de.offenekommune.registration.internal.CheckIns.CheckIn;
import de.offenekommune.registration.internal.CheckIns.Entry;
import de.offenekommune.registration.internal.CheckIns;
import de.offenekommune.registration.internal.DoorLinkGoneException;
import de.offenekommune.registration.internal.LockedSeats;
import de.offenekommune.registration.internal.Registrant;
import de.offenekommune.registration.internal.RegistrationId;
import de.offenekommune.registration.internal.RegistrationRules;
import de.offenekommune.registration.internal.Registrations;
import de.offenekommune.registration.internal.Seats;

/**
 * Letting people in at the door: by the QR code of their registration, by name, or as a walk-in while seats
 * are free. Only the event's organizers may; other events do not exist for them. Every door sees the same
 * state, because it lives in the database: the first scan of a person wins (see {@link CheckIns}).
 */
@Service
public class CheckInDesk {

    private static final Logger log = LoggerFactory.getLogger(CheckInDesk.class);
    static final int DOOR_MAX = 80;
    static final int LATEST = 10;
    static final int SEARCH_MIN = 2;
    static final int SEARCH_LIMIT = 20;

    /** What the person at the door is told about a scan or a click. */
    public enum Outcome {
        ADMITTED, ALREADY, FORGED, OTHER_EVENT, CANCELLED, WAITLISTED, UNCONFIRMED, FULL;

        /** How the door shows it: green for in, yellow for a code shown twice (passed on?), red for no entry. */
        public String kind() {
            return this == ADMITTED ? "success" : this == ALREADY ? "warning" : "danger";
        }
    }

    /**
     * @param name of the person when the code was one of this event's, else {@code null}
     * @param at   when the person came in, for {@link Outcome#ADMITTED} and {@link Outcome#ALREADY}
     * @param door where the person came in, if the door was named
     */
    public record Admission(Outcome outcome, @Nullable String name, int people, @Nullable Instant at,
            @Nullable String door) {

        static Admission refused(Outcome outcome, @Nullable String name) {
            return new Admission(outcome, name, 0, null, null);
        }
    }

    /** The counts and latest check-ins every door shows. {@code free} is {@code null} without a capacity. */
    public record Board(int checkedIn, int registered, @Nullable Integer free, List<Entry> latest) {
    }

    /**
     * The right to let people in at one event's door: the event's organizers, or a helper with a valid door
     * link. Only this class hands it out, after the check.
     */
    public static final class Entrance {

        private final Event event;
        private final boolean organizer;

        private Entrance(Event event, boolean organizer) {
            this.event = event;
            this.organizer = organizer;
        }

        public Event event() {
            return event;
        }

        /** Whether the organizers are at the door (they may also invite and revoke helpers). */
        public boolean isOrganizer() {
            return organizer;
        }
    }

    /** A seat holder found by name, with their check-in if they came. */
    public record Found(RegistrationId id, String name, int people, @Nullable CheckIn checkIn) {
    }

    private final EventManagement events;
    private final Events eventsById;
    private final CheckInHelpers helpers;
    private final Registrations registrations;
    private final CheckIns checkIns;
    private final CheckInCodes codes;
    private final Seats seats;
    private final RegistrationManagement management;
    private final Clock clock;

    CheckInDesk(EventManagement events, Events eventsById, CheckInHelpers helpers, Registrations registrations,
            CheckIns checkIns, CheckInCodes codes, Seats seats, RegistrationManagement management, Clock clock) {
        this.events = events;
        this.eventsById = eventsById;
        this.helpers = helpers;
        this.registrations = registrations;
        this.checkIns = checkIns;
        this.codes = codes;
        this.seats = seats;
        this.management = management;
        this.clock = clock;
    }

    /** @throws EventNotFoundException when the user may not manage the event */
    public Entrance organizer(AccountPrincipal user, EventId event) {
        return new Entrance(events.findManageable(user, event), true);
    }

    /**
     * @throws EventNotFoundException when the door link is unknown or its event is gone
     * @throws DoorLinkGoneException when the door link expired or was revoked
     */
    @Transactional(readOnly = true)
    public Entrance helper(String doorToken) {
        CheckInHelpers.Helper helper = helpers.findByToken(doorToken).orElseThrow(() -> new EventNotFoundException(null));
        Event event = eventsById.findById(helper.event()).orElseThrow(() -> new EventNotFoundException(null));
        if (!helper.isValidAt(clock.instant())) {
            throw new DoorLinkGoneException();
        }
        return new Entrance(event, false);
    }

    /** Lets in the holder of a scanned or typed code, if the code is this event's and holds a seat. */
    @Transactional
    public Admission scan(Entrance entrance, String code, @Nullable String door) {
        EventId event = entrance.event().id();
        Optional<CheckInCodes.Holder> holder = codes.read(code);
        if (holder.isEmpty()) {
            return Admission.refused(Outcome.FORGED, null);
        }
        if (!holder.get().event().equals(event)) {
            return Admission.refused(Outcome.OTHER_EVENT, null);
        }
        return admit(event, holder.get().registration(), door);
    }

    /** Lets in a seat holder found by name. */
    @Transactional
    public Admission admit(Entrance entrance, RegistrationId registration, @Nullable String door) {
        return admit(entrance.event().id(), registration, door);
    }

    private Admission admit(EventId event, RegistrationId id, @Nullable String door) {
        Optional<Registration> found = registrations.findById(id).filter(r -> r.event().equals(event));
        if (found.isEmpty()) {
            return Admission.refused(Outcome.FORGED, null);
        }
        Registration registration = found.get();
        Outcome refusal = switch (registration.state()) {
            case CONFIRMED -> null;
            case WAITLISTED -> Outcome.WAITLISTED;
            case PENDING_CONFIRMATION, PENDING_APPROVAL -> Outcome.UNCONFIRMED;
            default -> Outcome.CANCELLED;
        };
        if (refusal != null) {
            return Admission.refused(refusal, registration.name());
        }
        CheckIns.Recorded recorded = checkIns.record(id, event, clock.instant(), door(door));
        CheckIn checkIn = recorded.checkIn();
        return new Admission(recorded.first() ? Outcome.ADMITTED : Outcome.ALREADY, registration.name(),
                registration.party(), checkIn.at(), checkIn.door());
    }

    /**
     * Someone without a registration: a confirmed seat, taken under the seat lock, and let in at once.
     *
     * @return {@link Outcome#FULL} when no seat is free
     * @throws InvalidInputException when the name is missing or the address malformed
     */
    @Transactional
    public Admission walkIn(Entrance entrance, String name, String email, @Nullable String door, Locale locale) {
        EventId event = entrance.event().id();
        Violations violations = new Violations();
        Registrant registrant = RegistrationRules.walkIn(name, email, locale, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        LockedSeats locked = seats.lock(event).orElseThrow(() -> new EventNotFoundException(event));
        if (registrant.email() != null && registrations.findActiveByEmail(event, registrant.email()).isPresent()) {
            violations.add("email", "registration.checkIn.walkIn.registered");
            throw new InvalidInputException(violations);
        }
        Optional<Registration> registration = locked.walkIn(registrant);
        if (registration.isEmpty()) {
            return Admission.refused(Outcome.FULL, registrant.name());
        }
        CheckIn checkIn = checkIns.checkIn(registration.get().id(), event, clock.instant(), door(door));
        log.info("Walk-in {} let in at event {}", registration.get().id(), event);
        return new Admission(Outcome.ADMITTED, registrant.name(), 1, checkIn.at(), checkIn.door());
    }

    /** Seat holders whose name, address or organization contains {@code text}; nothing below two letters. */
    @Transactional(readOnly = true)
    public List<Found> search(Entrance entrance, @Nullable String text) {
        EventId event = entrance.event().id();
        String query = InputText.singleLine(text);
        if (query == null || query.codePointCount(0, query.length()) < SEARCH_MIN) {
            return List.of();
        }
        List<Registration> list = registrations.search(event, query, RegistrationState.CONFIRMED, SEARCH_LIMIT, 0);
        Map<RegistrationId, CheckIn> came = checkIns.findAll(list.stream().map(Registration::id).toList());
        return list.stream()
                .map(r -> new Found(r.id(), r.name() == null ? "" : r.name(), r.party(), came.get(r.id())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Board board(Entrance entrance) {
        Event event = entrance.event();
        EventId eventId = event.id();
        int registered = registrations.countByState(eventId).get(RegistrationState.CONFIRMED).people();
        return new Board(checkIns.people(eventId), registered, management.availability(event).freePlaces(),
                checkIns.latest(eventId, LATEST));
    }

    /** The code in the seat holder's QR code. */
    public String code(Registration registration) {
        return codes.code(registration.id(), registration.event());
    }

    private static @Nullable String door(@Nullable String door) {
        String clean = InputText.singleLine(door);
        if (clean == null) {
            return null;
        }
        return clean.codePointCount(0, clean.length()) > DOOR_MAX ? clean.substring(0, clean.offsetByCodePoints(0, DOOR_MAX)) : clean;
    }
}
