package de.offenekommune.registration;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.offenekommune.event.Event;
import de.offenekommune.platform.Violations;
import de.offenekommune.programme.ProgrammeManagement;
import de.offenekommune.programme.RoomId;
import de.offenekommune.programme.Session;
import de.offenekommune.programme.SessionDraft;
import de.offenekommune.programme.SessionKind;
import de.offenekommune.registration.internal.RegistrationInput;

/** Workshops with places in an event's programme, and a look at who holds them. */
public final class WorkshopFixtures {

    private final ProgrammeManagement programme;
    private final JdbcClient jdbc;

    public WorkshopFixtures(ApplicationContext context) {
        this.programme = context.getBean(ProgrammeManagement.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** A workshop from {@code fromMinutes} to {@code toMinutes} after the event's start. */
    public Session workshop(RegistrationFixtures.Organizer organizer, Event event, String title, int fromMinutes, int toMinutes,
            Integer capacity) {
        return workshop(organizer, event, title, fromMinutes, toMinutes, capacity, null);
    }

    /** A workshop as {@link #workshop}, in {@code room}. */
    public Session workshop(RegistrationFixtures.Organizer organizer, Event event, String title, int fromMinutes, int toMinutes,
            Integer capacity, RoomId room) {
        var schedule = event.details().schedule();
        LocalDateTime start = LocalDateTime.ofInstant(schedule.start(), schedule.zone());
        return programme.saveSession(organizer.principal(), event.id(), null, new SessionDraft(title, null,
                SessionKind.WORKSHOP, start.plus(Duration.ofMinutes(fromMinutes)), start.plus(Duration.ofMinutes(toMinutes)),
                room, "de", false, false, List.of(), capacity), new Violations());
    }

    RoomId room(RegistrationFixtures.Organizer organizer, Event event, String name) {
        return programme.saveRoom(organizer.principal(), event.id(), null, name, null, true, new Violations()).id();
    }

    public static RegistrationInput choosing(String name, String email, Session... workshops) {
        return new RegistrationInput(name, email, null, null, null, null, true, Locale.GERMAN, null, null,
                java.util.Arrays.stream(workshops).map(session -> session.id().toString()).toList());
    }

    /** The emails holding a place in the workshop, in the order they chose it. */
    public List<String> seats(Session workshop) {
        return holders(workshop, "SEAT");
    }

    /** The emails waiting for the workshop, in the order they chose it. */
    public List<String> waiting(Session workshop) {
        return holders(workshop, "WAITLISTED");
    }

    private List<String> holders(Session workshop, String state) {
        return jdbc.sql("""
                        select r.email
                          from registration_session_place p
                          join registration r on r.id = p.registration_id
                         where p.session_id = :session
                           and p.state = :state
                         order by p.waitlist_seq
                        """)
                .param("session", workshop.id().value())
                .param("state", state)
                .query(String.class)
                .list();
    }
}
