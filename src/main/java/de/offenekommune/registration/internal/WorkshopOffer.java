package de.offenekommune.registration.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.offenekommune.programme.Programme;
import de.offenekommune.programme.Session;
import de.offenekommune.programme.SessionId;

/**
 * The workshops of an event as a person chooses among them: per time slot the alternatives with the places
 * left, and what this person holds (nothing for a new registration).
 *
 * @param open whether the choice can be made or changed now
 */
public record WorkshopOffer(List<Slot> slots, boolean open) {

    public WorkshopOffer {
        slots = List.copyOf(slots);
    }

    public static WorkshopOffer of(Programme programme, Map<SessionId, SessionPlaces.Count> counts,
            List<SessionPlaces.Place> held, boolean open) {
        return new WorkshopOffer(programme.workshopSlots().stream()
                .map(sessions -> new Slot(sessions.stream().map(session -> {
                    SessionPlaces.Count count = counts.getOrDefault(session.id(), new SessionPlaces.Count(0, 0));
                    Optional<SessionPlaces.Place> own = held.stream()
                            .filter(place -> place.session().equals(session.id())).findFirst();
                    return new Option(session, Math.max(0, session.capacity() - count.seats()), count.waiting(),
                            own.isPresent(), own.map(SessionPlaces.Place::seat).orElse(false),
                            own.map(SessionPlaces.Place::position).orElse(0));
                }).toList()))
                .toList(), open);
    }

    public boolean isEmpty() {
        return slots.isEmpty();
    }

    /** The workshops this person chose, with a place or on the waitlist. */
    public List<Option> chosen() {
        return slots.stream().flatMap(slot -> slot.options().stream()).filter(Option::chosen).toList();
    }

    /** Workshops at the same time, of which a person holds at most one. */
    public record Slot(List<Option> options) {

        public Slot {
            options = List.copyOf(options);
        }

        public Session first() {
            return options.get(0).session();
        }

        /** The id of the chosen workshop of this slot, or {@code ""} for none. */
        public String chosenId() {
            return options.stream().filter(Option::chosen).map(option -> option.session().id().toString()).findFirst()
                    .orElse("");
        }
    }

    /**
     * @param placesLeft       places nobody holds
     * @param waiting          people on the workshop's waitlist
     * @param chosen           whether this person chose it
     * @param seat             whether this person holds a place in it
     * @param waitlistPosition this person's place on its waitlist, 0 when none
     */
    public record Option(Session session, int placesLeft, int waiting, boolean chosen, boolean seat,
            int waitlistPosition) {

        public boolean isFull() {
            return placesLeft == 0;
        }
    }
}
