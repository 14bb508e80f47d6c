package de.offenekommune.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An event's rooms, speakers and sessions (in time order), as read together. */
public record Programme(List<Room> rooms, List<Speaker> speakers, List<Session> sessions) {

    public Programme {
        rooms = List.copyOf(rooms);
        speakers = List.copyOf(speakers);
        sessions = List.copyOf(sessions);
    }

    public boolean isEmpty() {
        return sessions.isEmpty();
    }

    public Map<RoomId, Room> roomsById() {
        return rooms.stream().collect(Collectors.toMap(Room::id, Function.identity()));
    }

    public Map<SpeakerId, Speaker> speakersById() {
        return speakers.stream().collect(Collectors.toMap(Speaker::id, Function.identity()));
    }

    public Optional<Room> room(Session session) {
        return rooms.stream().filter(room -> room.id().equals(session.room())).findFirst();
    }

    /** The speakers of a session who agreed to be named in public, in their order. */
    public List<Speaker> publicSpeakers(Session session) {
        Map<SpeakerId, Speaker> byId = speakersById();
        return session.speakers().stream().map(byId::get).filter(speaker -> speaker != null && speaker.consent())
                .toList();
    }

    public List<Speaker> speakers(Session session) {
        Map<SpeakerId, Speaker> byId = speakersById();
        return session.speakers().stream().map(byId::get).filter(speaker -> speaker != null).toList();
    }

    public Optional<Session> session(SessionId id) {
        return sessions.stream().filter(session -> session.id().equals(id)).findFirst();
    }

    /** The sessions running at {@code now}. */
    public List<Session> now(Instant now) {
        return sessions.stream().filter(session -> session.isRunning(now)).toList();
    }

    /** The sessions that start next after {@code now}, all of them if several start at once. */
    public List<Session> next(Instant now) {
        Instant first = sessions.stream().map(Session::start).filter(start -> start.isAfter(now)).min(Instant::compareTo)
                .orElse(null);
        return first == null ? List.of() : sessions.stream().filter(session -> session.start().equals(first)).toList();
    }

    /** The rooms that sessions use, in the rooms' order: the columns of the grid. */
    public List<Room> usedRooms() {
        return rooms.stream().filter(room -> sessions.stream().anyMatch(s -> room.id().equals(s.room()))).toList();
    }

    /**
     * The rows of the grid: sessions grouped by their start time; within a row, each used room holds the
     * sessions starting there then, and sessions without a room span the row.
     */
    public List<Slot> slots() {
        Map<Instant, List<Session>> byStart = new LinkedHashMap<>();
        sessions.forEach(session -> byStart.computeIfAbsent(session.start(), key -> new ArrayList<>()).add(session));
        List<Slot> slots = new ArrayList<>();
        byStart.forEach((start, list) -> slots.add(new Slot(start, list)));
        return slots;
    }

    /** Sessions that start at the same time. */
    public record Slot(Instant start, List<Session> sessions) {

        public List<Session> in(Room room) {
            return sessions.stream().filter(session -> room.id().equals(session.room())).toList();
        }

        public List<Session> withoutRoom() {
            return sessions.stream().filter(session -> session.room() == null).toList();
        }
    }
}
