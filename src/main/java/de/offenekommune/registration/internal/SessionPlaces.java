package de.offenekommune.registration.internal;

import static de.offenekommune.platform.SqlTimes.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.event.EventId;
import de.offenekommune.programme.SessionId;
import de.offenekommune.programme.WorkshopOccupancy;

/**
 * The workshop places registrations chose (table {@code registration_session_place}). Changed only through
 * {@link LockedSeats}, under the event's seat lock; read freely for display.
 */
@Repository
public class SessionPlaces implements WorkshopOccupancy {

    /** A place one registration holds or waits for; {@code position} is 0 for a seat. */
    record Place(SessionId session, boolean seat, int position) {
    }

    /** The places taken and the people waiting for one session. */
    record Count(int seats, int waiting) {
    }

    private final JdbcClient jdbc;

    SessionPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Joins the end of the session's waitlist; a place is given only by {@link #seat}. */
    void join(RegistrationId registration, SessionId session, EventId event, Instant now) {
        jdbc.sql("""
                        insert into registration_session_place (registration_id, session_id, event_id, state,
                                                                waitlist_seq, created_at)
                        values (:registration, :session, :event, 'WAITLISTED',
                                nextval('registration_session_place_seq'), :now)
                        on conflict (registration_id, session_id) do nothing
                        """)
                .param("registration", registration.value())
                .param("session", session.value())
                .param("event", event.value())
                .param("now", utc(now))
                .update();
    }

    void leave(RegistrationId registration, Collection<SessionId> sessions) {
        if (sessions.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        delete from registration_session_place
                         where registration_id = :registration
                           and session_id in (:sessions)
                        """)
                .param("registration", registration.value())
                .param("sessions", sessions.stream().map(SessionId::value).toList())
                .update();
    }

    void leaveAll(RegistrationId registration) {
        jdbc.sql("""
                        delete from registration_session_place
                         where registration_id = :registration
                        """)
                .param("registration", registration.value())
                .update();
    }

    /** The registration lost its seat at the event: it waits again for its workshops, where it stood. */
    void unseat(RegistrationId registration) {
        jdbc.sql("""
                        update registration_session_place
                           set state = 'WAITLISTED'
                         where registration_id = :registration
                        """)
                .param("registration", registration.value())
                .update();
    }

    void seat(RegistrationId registration, SessionId session) {
        jdbc.sql("""
                        update registration_session_place
                           set state = 'SEAT'
                         where registration_id = :registration
                           and session_id = :session
                        """)
                .param("registration", registration.value())
                .param("session", session.value())
                .update();
    }

    /** Seats taken and people waiting per session of the event that anyone chose. */
    public Map<SessionId, Count> counts(EventId event) {
        Map<SessionId, Count> counts = new HashMap<>();
        jdbc.sql("""
                        select session_id,
                               count(*) filter (where state = 'SEAT') as seats,
                               count(*) filter (where state = 'WAITLISTED') as waiting
                          from registration_session_place
                         where event_id = :event
                         group by session_id
                        """)
                .param("event", event.value())
                .query((rs, row) -> counts.put(new SessionId(rs.getObject("session_id", UUID.class)),
                        new Count(rs.getInt("seats"), rs.getInt("waiting"))))
                .list();
        return counts;
    }

    @Override
    public Map<SessionId, Integer> placesTaken(EventId event) {
        Map<SessionId, Integer> taken = new HashMap<>();
        counts(event).forEach((session, count) -> taken.put(session, count.seats()));
        return taken;
    }

    /**
     * The first {@code limit} people waiting for the session who hold a seat at the event, in the order they
     * chose it: only they can take a workshop place.
     */
    List<RegistrationId> nextInLine(SessionId session, int limit) {
        return jdbc.sql("""
                        select p.registration_id
                          from registration_session_place p
                          join registration r on r.id = p.registration_id
                         where p.session_id = :session
                           and p.state = 'WAITLISTED'
                           and r.state in ('PENDING_CONFIRMATION', 'CONFIRMED')
                         order by p.waitlist_seq
                         limit :limit
                        """)
                .param("session", session.value())
                .param("limit", limit)
                .query((rs, row) -> new RegistrationId(rs.getObject("registration_id", UUID.class)))
                .list();
    }

    /** The places of one registration, each with its position on the session's waitlist (0 for a seat). */
    public List<Place> of(RegistrationId registration) {
        return jdbc.sql("""
                        select p.session_id, p.state,
                               (select count(*)
                                  from registration_session_place w
                                 where w.session_id = p.session_id
                                   and w.state = 'WAITLISTED'
                                   and w.waitlist_seq <= p.waitlist_seq) as position
                          from registration_session_place p
                         where p.registration_id = :registration
                        """)
                .param("registration", registration.value())
                .query((rs, row) -> {
                    boolean seat = "SEAT".equals(rs.getString("state"));
                    return new Place(new SessionId(rs.getObject("session_id", UUID.class)), seat,
                            seat ? 0 : rs.getInt("position"));
                })
                .list();
    }

    /** The sessions each registration of the event holds a seat in, for the participant list. */
    Map<RegistrationId, List<SessionId>> seatsOf(EventId event) {
        Map<RegistrationId, List<SessionId>> byRegistration = new LinkedHashMap<>();
        jdbc.sql("""
                        select registration_id, session_id
                          from registration_session_place
                         where event_id = :event
                           and state = 'SEAT'
                        """)
                .param("event", event.value())
                .query((rs, row) -> byRegistration.computeIfAbsent(
                        new RegistrationId(rs.getObject("registration_id", UUID.class)), key -> new java.util.ArrayList<>())
                        .add(new SessionId(rs.getObject("session_id", UUID.class))))
                .list();
        return byRegistration;
    }
}
