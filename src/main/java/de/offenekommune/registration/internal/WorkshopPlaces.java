package de.offenekommune.registration.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import de.offenekommune.event.Event;
import de.offenekommune.programme.Programmes;
import de.offenekommune.programme.Session;
import de.offenekommune.programme.SessionId;
import de.offenekommune.registration.Registration;

/**
 * The workshop places of an event's registrations, changed only by {@link LockedSeats} while it holds the
 * event's seat lock: the lock that serialises every seat of the event, in every application copy, also
 * serialises its workshop places, so a workshop is never over its capacity.
 */
@Component
public class WorkshopPlaces {

    private static final Logger log = LoggerFactory.getLogger(WorkshopPlaces.class);

    private final SessionPlaces places;
    private final Programmes programmes;
    private final Registrations registrations;
    private final RegistrationMails mails;

    WorkshopPlaces(SessionPlaces places, Programmes programmes, Registrations registrations, RegistrationMails mails) {
        this.places = places;
        this.programmes = programmes;
        this.registrations = registrations;
        this.mails = mails;
    }

    /** Joins the waitlist of each chosen workshop; {@link #passOn} then gives the free places. */
    void join(Registration registration, List<SessionId> sessions, Instant now) {
        sessions.forEach(session -> places.join(registration.id(), session, registration.event(), now));
        if (!sessions.isEmpty()) {
            registration.choseWorkshops(true);
        }
    }

    /** Keeps the workshops still chosen where they stand, leaves the others and joins the new ones. */
    void replace(Registration registration, List<SessionId> sessions, Instant now) {
        List<SessionId> held = places.of(registration.id()).stream().map(SessionPlaces.Place::session).toList();
        places.leave(registration.id(), held.stream().filter(session -> !sessions.contains(session)).toList());
        join(registration, sessions.stream().filter(session -> !held.contains(session)).toList(), now);
        registration.choseWorkshops(!sessions.isEmpty());
    }

    void leaveAll(Registration registration) {
        places.leaveAll(registration.id());
        registration.choseWorkshops(false);
    }

    /** The registration lost its seat at the event, and with it its workshop places; it waits for them again. */
    void unseat(Registration registration) {
        places.unseat(registration.id());
    }

    /**
     * Gives each workshop's free places to the people waiting for it who hold a seat at the event, in the
     * order they chose it, and tells them by mail, but for {@code told}: who just chose is told by the page, who
     * just got a seat at the event by that mail.
     */
    void passOn(Event event, Collection<RegistrationId> told) {
        Map<SessionId, SessionPlaces.Count> counts = places.counts(event.id());
        if (counts.values().stream().noneMatch(count -> count.waiting() > 0)) {
            return;
        }
        for (Session session : programmes.of(event.id()).sessions()) {
            SessionPlaces.Count count = counts.get(session.id());
            if (!session.isChoosable() || count == null || count.waiting() == 0 || count.seats() >= session.capacity()) {
                continue;
            }
            for (RegistrationId next : places.nextInLine(session.id(), session.capacity() - count.seats())) {
                places.seat(next, session.id());
                if (!told.contains(next)) {
                    registrations.findById(next).ifPresent(registration -> mails.workshopPlace(event, registration,
                            session.title()));
                    log.info("Registration {} of event {} moved up to a workshop place", next, event.id());
                }
            }
        }
    }
}
