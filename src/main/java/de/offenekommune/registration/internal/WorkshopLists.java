package de.offenekommune.registration.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.event.EventId;
import de.offenekommune.programme.Programme;
import de.offenekommune.programme.Programmes;
import de.offenekommune.programme.Session;

/** Who holds which workshop place, for the organizer's participant list and export. */
@Component
public class WorkshopLists {

    private final SessionPlaces places;
    private final Programmes programmes;

    WorkshopLists(SessionPlaces places, Programmes programmes) {
        this.places = places;
        this.programmes = programmes;
    }

    /** The titles of the workshops each registration holds a place in, in programme order. */
    @Transactional(readOnly = true)
    public Map<RegistrationId, List<String>> titlesByRegistration(EventId event) {
        Programme programme = programmes.of(event);
        return places.seatsOf(event).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> programme.sessions().stream().filter(session -> entry.getValue().contains(session.id()))
                        .map(Session::title).toList()));
    }
}
