package de.offenekommune.registration;

import static de.offenekommune.platform.SqlTimes.instant;
import static de.offenekommune.platform.SqlTimes.utc;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.event.EventId;

/**
 * The check-ins at the door, one per registration. The first scan wins: a second one, at the same door or
 * another, at the same moment or later, finds the first one's time and door.
 */
@Repository
public class CheckIns {

    private final JdbcClient jdbc;

    CheckIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A registration's check-in: when, and at which door (if the helper named one). */
    public record CheckIn(RegistrationId registration, EventId event, Instant at, @Nullable String door) {
    }

    /**
     * Records that the person of {@code registration} came in, unless someone was faster.
     *
     * @return the check-in that holds: this one when it is the first, else the earlier one
     */
    public CheckIn checkIn(RegistrationId registration, EventId event, Instant at, @Nullable String door) {
        int inserted = jdbc.sql("""
                        insert into check_in (registration_id, event_id, checked_in_at, door)
                        values (:registration, :event, :at, :door)
                        on conflict (registration_id) do nothing
                        """)
                .param("registration", registration.value())
                .param("event", event.value())
                .param("at", utc(at))
                .param("door", door)
                .update();
        return inserted == 1 ? new CheckIn(registration, event, at, door) : find(registration).orElseThrow();
    }

    public Optional<CheckIn> find(RegistrationId registration) {
        return jdbc.sql("select registration_id, event_id, checked_in_at, door from check_in where registration_id = :id")
                .param("id", registration.value())
                .query((rs, row) -> new CheckIn(registration, new EventId(rs.getObject("event_id", UUID.class)),
                        instant(rs, "checked_in_at"), rs.getString("door")))
                .optional();
    }

    /** How many people of the event have been let in. */
    public int count(EventId event) {
        return jdbc.sql("select count(*) from check_in where event_id = :event")
                .param("event", event.value())
                .query(Integer.class)
                .single();
    }
}
