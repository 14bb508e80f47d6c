package de.offenekommune.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An event's rooms, speakers and sessions (in time order), as read together.
 *
 * @param placesTaken the places taken per workshop (session with a capacity) when read
 */
public record Programme(List<Room> rooms, List<Speaker> speakers, List<Session> sessions,
        Map<SessionId, Integer> placesTaken) {

    public Programme {
        rooms = List.copyOf(rooms);
        speakers = List.copyOf(speakers);
        sessions = List.copyOf(sessions);
        placesTaken = Map.copyOf(placesTaken);
    }

    /** The places of a workshop nobody holds; {@code null} for a session open to everyone. */
    public Integer placesLeft(Session session) {
        return session.isChoosable() ? Math.max(0, session.capacity() - placesTaken.getOrDefault(session.id(), 0))
                : null;
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

    /**
     * The grid of the wide timetable: one row per slot. A session in a room fills its cell down through the
     * following rows that start before it ends, up to the next row for the whole venue; the cells it covers are
     * left out of those rows, as a table with {@code rowspan} needs.
     */
    public List<Row> grid() {
        List<Room> columns = usedRooms();
        List<Slot> slots = slots();
        Map<RoomId, Integer> coveredUntil = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (int index = 0; index < slots.size(); index++) {
            Slot slot = slots.get(index);
            if (!slot.withoutRoom().isEmpty() || columns.isEmpty()) {
                coveredUntil.clear();
                rows.add(new Row(slot, true, List.of()));
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (Room room : columns) {
                if (coveredUntil.getOrDefault(room.id(), -1) >= index) {
                    continue;
                }
                List<Session> here = slot.in(room);
                int span = 1;
                for (Session session : here) {
                    span = Math.max(span, span(slots, index, session));
                }
                coveredUntil.put(room.id(), index + span - 1);
                cells.add(new Cell(room, here, span));
            }
            rows.add(new Row(slot, false, cells));
        }
        return rows;
    }

    private static int span(List<Slot> slots, int index, Session session) {
        int span = 1;
        for (int next = index + 1; next < slots.size(); next++) {
            Slot slot = slots.get(next);
            if (!slot.start().isBefore(session.end()) || !slot.withoutRoom().isEmpty()) {
                break;
            }
            span++;
        }
        return span;
    }

    /**
     * A row of the grid.
     *
     * @param wholeVenue whether one cell spans all rooms (sessions without a room, or no rooms at all)
     * @param cells      the cells of the rooms not covered by a session from an earlier row
     */
    public record Row(Slot slot, boolean wholeVenue, List<Cell> cells) {
    }

    /** The cell of a room in a row, {@code rows} rows high. */
    public record Cell(Room room, List<Session> sessions, int rows) {
    }

    /**
     * The sessions people choose when they register, grouped into time slots: sessions overlapping in time
     * (also through a third) are alternatives of one slot, of which a person holds at most one.
     */
    public List<List<Session>> workshopSlots() {
        List<List<Session>> slots = new ArrayList<>();
        List<Session> current = new ArrayList<>();
        Instant currentEnd = null;
        for (Session session : sessions) {
            if (!session.isChoosable()) {
                continue;
            }
            if (currentEnd != null && !session.start().isBefore(currentEnd)) {
                slots.add(List.copyOf(current));
                current.clear();
                currentEnd = null;
            }
            current.add(session);
            currentEnd = currentEnd == null || session.end().isAfter(currentEnd) ? session.end() : currentEnd;
        }
        if (!current.isEmpty()) {
            slots.add(List.copyOf(current));
        }
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
