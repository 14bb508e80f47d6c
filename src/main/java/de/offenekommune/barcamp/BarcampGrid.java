package de.offenekommune.barcamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import de.offenekommune.barcamp.internal.ProposalId;
import de.offenekommune.programme.Programme;
import de.offenekommune.programme.Room;
import de.offenekommune.programme.Session;
import de.offenekommune.programme.SessionKind;

/**
 * The cells proposals can be placed into: each time slot of the programme's barcamp sessions, in each room.
 * A cell is free when nothing takes place in the room then, or when an unfilled barcamp session holds it.
 */
public record BarcampGrid(List<Room> rooms, List<Slot> slots) {

    /** One time of the barcamp, with a cell per room in the rooms' order. */
    public record Slot(Instant start, Instant end, List<Cell> cells) {
    }

    /**
     * @param session  what takes place in the cell, or {@code null}
     * @param proposal the proposal placed there, or {@code null}
     */
    public record Cell(Instant start, Instant end, Room room, @Nullable Session session,
            @Nullable ProposalId proposal) {

        /** A placeholder is a barcamp session of exactly this slot that no proposal fills yet. */
        public boolean isFree() {
            return session == null || proposal == null && session.kind() == SessionKind.BARCAMP
                    && session.start().equals(start) && session.end().equals(end);
        }

        /** How a form names the cell. */
        public String key() {
            return start.getEpochSecond() + "_" + end.getEpochSecond() + "_" + room.id();
        }
    }

    /** @param placed which proposal fills which session */
    static BarcampGrid of(Programme programme, Map<de.offenekommune.programme.SessionId, ProposalId> placed) {
        List<Slot> slots = new ArrayList<>();
        programme.sessions().stream()
                .filter(session -> session.kind() == SessionKind.BARCAMP)
                .map(session -> List.of(session.start(), session.end()))
                .distinct()
                .sorted(Comparator.comparing((List<Instant> times) -> times.get(0)).thenComparing(times -> times.get(1)))
                .forEach(times -> {
                    List<Cell> cells = new ArrayList<>();
                    for (Room room : programme.rooms()) {
                        Session there = programme.sessions().stream()
                                .filter(session -> room.id().equals(session.room()))
                                .filter(session -> session.start().isBefore(times.get(1))
                                        && times.get(0).isBefore(session.end()))
                                .findFirst().orElse(null);
                        cells.add(new Cell(times.get(0), times.get(1), room, there,
                                there == null ? null : placed.get(there.id())));
                    }
                    slots.add(new Slot(times.get(0), times.get(1), List.copyOf(cells)));
                });
        return new BarcampGrid(programme.rooms(), List.copyOf(slots));
    }

    public Optional<Cell> cell(String key) {
        return slots.stream().flatMap(slot -> slot.cells().stream()).filter(cell -> cell.key().equals(key)).findFirst();
    }

    public List<Cell> freeCells() {
        return slots.stream().flatMap(slot -> slot.cells().stream()).filter(Cell::isFree).toList();
    }
}
