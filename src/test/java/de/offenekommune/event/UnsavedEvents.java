package de.offenekommune.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import de.offenekommune.account.OrganizationId;
import de.offenekommune.platform.FederalState;

/** Events in memory for unit tests of other capabilities; nothing is stored. */
public final class UnsavedEvents {

    private UnsavedEvents() {
    }

    public static Event published(LocalDateTime start, LocalDateTime end, ZoneId zone, boolean allDay) {
        Schedule schedule = allDay ? Schedule.allDay(start.toLocalDate(), end.toLocalDate(), zone)
                : Schedule.timed(start, end, zone);
        EventDetails details = new EventDetails(EventType.WORKSHOP, "Bürgerwerkstatt, Teil 1; Planung",
                "Gemeinsam planen wir den Stadtteil.", null, schedule, AttendanceMode.IN_PERSON, null,
                new Venue("Rathaus Barmen", "Johannes-Rau-Platz 1", "42275", "Wuppertal", "Barmen",
                        FederalState.NORDRHEIN_WESTFALEN, null, null, null, null),
                Municipality.NONE, null, java.util.List.of(), Cost.FREE, RegistrationSettings.NONE, java.util.Set.of(), null,
                java.util.Set.of(), java.util.Set.of(), null, Contact.NONE);
        Event event = Event.draft(EventId.random(), OrganizationId.random(), "buergerwerkstatt", details, "", Instant.now());
        event.publish(Instant.now());
        return event;
    }
}
