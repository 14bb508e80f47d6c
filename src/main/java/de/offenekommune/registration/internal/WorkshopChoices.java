package de.offenekommune.registration.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.offenekommune.platform.Violations;
import de.offenekommune.programme.Programme;
import de.offenekommune.programme.Session;
import de.offenekommune.programme.SessionId;

/**
 * What a choice of workshops must satisfy: each one a workshop of the event's programme (a session with
 * places), and at most one per time slot, as two workshops at the same time cannot both be attended.
 */
public final class WorkshopChoices {

    static final String FIELD = "workshops";

    private WorkshopChoices() {
    }

    /**
     * Reads the chosen session ids; blanks ("no workshop") are skipped.
     *
     * @return the chosen workshops, in the programme's order; problems go into {@code violations}
     */
    public static List<SessionId> check(List<String> chosen, Programme programme, Violations violations) {
        List<Session> sessions = new ArrayList<>();
        for (String text : chosen) {
            if (text == null || text.isBlank()) {
                continue;
            }
            Optional<Session> session = SessionId.parse(text.strip()).flatMap(programme::session)
                    .filter(Session::isChoosable);
            if (session.isEmpty()) {
                violations.add(FIELD, "registration.workshops.unknown");
                return List.of();
            }
            if (!sessions.contains(session.get())) {
                sessions.add(session.get());
            }
        }
        for (List<Session> slot : programme.workshopSlots()) {
            List<Session> inSlot = sessions.stream().filter(slot::contains).toList();
            if (inSlot.size() > 1) {
                violations.add(FIELD, "registration.workshops.sameTime", inSlot.get(0).title(), inSlot.get(1).title());
                return List.of();
            }
        }
        return programme.sessions().stream().filter(sessions::contains).map(Session::id).toList();
    }
}
