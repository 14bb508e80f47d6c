package de.offenekommune.programme;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventManagement;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.media.PortraitUploads;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;
import de.offenekommune.programme.internal.PortraitInput;
import de.offenekommune.programme.internal.TimetableRules;

/**
 * Organizers' changes to a programme. Each change checks the organizer's right to the event, holds the
 * event's timetable lock while it checks the rules, and saves all or nothing.
 */
@Service
public class ProgrammeManagement {

    private final EventManagement events;
    private final Programmes programmes;
    private final PortraitUploads portraits;

    ProgrammeManagement(EventManagement events, Programmes programmes, PortraitUploads portraits) {
        this.events = events;
        this.programmes = programmes;
        this.portraits = portraits;
    }

    /** @throws EventNotFoundException when the event does not exist or the user may not manage it */
    public Event manageable(AccountPrincipal user, EventId event) {
        return events.findManageable(user, event);
    }

    /**
     * Adds a session ({@code id} {@code null}) or replaces one.
     *
     * @param violations problems the caller found while reading the input; reported together with the rest
     * @throws InvalidInputException with every problem, conflicts included; nothing is saved then
     */
    @Transactional
    public Session saveSession(AccountPrincipal user, EventId eventId, SessionId id, SessionDraft draft,
            Violations violations) {
        Event event = manageable(user, eventId);
        programmes.lock(eventId);
        Programme programme = programmes.of(eventId);
        if (id != null && programme.session(id).isEmpty()) {
            throw new EventNotFoundException(eventId);
        }
        var schedule = event.details().schedule();
        Session session = new Session(id != null ? id : SessionId.random(), eventId, InputText.singleLine(draft.title()),
                InputText.multiLine(draft.description()), draft.kind() == null ? SessionKind.OTHER : draft.kind(),
                draft.start() == null ? null : draft.start().atZone(schedule.zone()).toInstant(),
                draft.end() == null ? null : draft.end().atZone(schedule.zone()).toInstant(), draft.room(),
                draft.language() == null ? "de" : draft.language().strip(), draft.signLanguage(), draft.captioning(),
                draft.speakers().stream().distinct().toList(), draft.capacity());
        TimetableRules.check(session, new TimetableRules.Context(schedule.start(), schedule.end(), schedule.zone(),
                programme.sessions(), programme.roomsById(), programme.speakersById()), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        programmes.save(session);
        return session;
    }

    @Transactional
    public void deleteSession(AccountPrincipal user, EventId event, SessionId session) {
        manageable(user, event);
        if (!programmes.delete(event, session)) {
            throw new EventNotFoundException(event);
        }
    }

    /**
     * Removes a room that no session uses.
     *
     * @throws InvalidInputException at field {@code room} naming the sessions still in the room; nothing changes
     */
    @Transactional
    public void deleteRoom(AccountPrincipal user, EventId event, RoomId room) {
        manageable(user, event);
        programmes.lock(event);
        Programme programme = programmes.of(event);
        Room found = programme.rooms().stream().filter(candidate -> candidate.id().equals(room)).findFirst()
                .orElseThrow(() -> new EventNotFoundException(event));
        refuseWhileUsed("room", "programme.room.inUse", found.name(),
                programme.sessions().stream().filter(session -> room.equals(session.room())).toList());
        programmes.delete(event, room);
    }

    /**
     * Removes a speaker who has no session.
     *
     * @throws InvalidInputException at field {@code speaker} naming the person's sessions; nothing changes
     */
    @Transactional
    public void deleteSpeaker(AccountPrincipal user, EventId event, SpeakerId speaker) {
        manageable(user, event);
        programmes.lock(event);
        Programme programme = programmes.of(event);
        Speaker found = programme.speakers().stream().filter(candidate -> candidate.id().equals(speaker)).findFirst()
                .orElseThrow(() -> new EventNotFoundException(event));
        refuseWhileUsed("speaker", "programme.speaker.inUse", found.name(),
                programme.sessions().stream().filter(session -> session.speakers().contains(speaker)).toList());
        programmes.delete(event, speaker);
    }

    /** Deleting silently would take a room or a person out of sessions people already planned with. */
    private static void refuseWhileUsed(String field, String code, String name, List<Session> sessions) {
        if (sessions.isEmpty()) {
            return;
        }
        Violations violations = new Violations();
        violations.add(field, code, name, sessions.size(),
                sessions.stream().map(session -> "„" + session.title() + "“").collect(Collectors.joining(", ")));
        throw new InvalidInputException(violations);
    }

    /** Adds a room ({@code id} {@code null}) or changes one. */
    @Transactional
    public Room saveRoom(AccountPrincipal user, EventId event, RoomId id, String name, Integer capacity,
            boolean stepFree, Violations violations) {
        manageable(user, event);
        programmes.lock(event);
        var rooms = programmes.rooms(event);
        if (id != null && rooms.stream().noneMatch(room -> room.id().equals(id))) {
            throw new EventNotFoundException(event);
        }
        int position = id != null ? rooms.stream().filter(room -> room.id().equals(id)).findFirst().orElseThrow().position()
                : rooms.stream().mapToInt(Room::position).max().orElse(-1) + 1;
        Room room = new Room(id != null ? id : RoomId.random(), event, InputText.singleLine(name), capacity, stepFree,
                position);
        TimetableRules.check(room, rooms, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        programmes.save(room);
        return room;
    }

    /** Adds a speaker ({@code id} {@code null}) or changes one; a portrait stays as it is. */
    @Transactional
    public Speaker saveSpeaker(AccountPrincipal user, EventId event, SpeakerId id, String name, String role,
            String organization, String bio, boolean consent, Violations violations) {
        return saveSpeaker(user, event, id, name, role, organization, bio, consent, PortraitInput.UNCHANGED,
                violations);
    }

    /**
     * Adds a speaker ({@code id} {@code null}) or changes one, with the portrait as entered.
     *
     * @throws InvalidInputException with the speaker's and the portrait's problems; nothing is saved then
     */
    @Transactional
    public Speaker saveSpeaker(AccountPrincipal user, EventId event, SpeakerId id, String name, String role,
            String organization, String bio, boolean consent, PortraitInput portrait, Violations violations) {
        manageable(user, event);
        programmes.lock(event);
        if (id != null && programmes.speakers(event).stream().noneMatch(speaker -> speaker.id().equals(id))) {
            throw new EventNotFoundException(event);
        }
        Speaker speaker = new Speaker(id != null ? id : SpeakerId.random(), event, InputText.singleLine(name),
                InputText.singleLine(role), InputText.singleLine(organization), InputText.multiLine(bio), consent);
        TimetableRules.check(speaker, violations);
        PortraitUploads.Change change = portraits.check(id == null ? null : id.value(), portrait.file(), portrait.alt(),
                portrait.remove(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        programmes.save(speaker);
        portraits.apply(speaker.id().value(), change);
        return speaker;
    }
}
