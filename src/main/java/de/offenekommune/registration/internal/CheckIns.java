package de.offenekommune.registration.internal;

import static de.offenekommune.platform.SqlTimes.instant;
import static de.offenekommune.platform.SqlTimes.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
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
        return record(registration, event, at, door).checkIn();
    }

    /** A check-in that holds, and whether it was this one. */
    public record Recorded(CheckIn checkIn, boolean first) {
    }

    /** {@link #checkIn}, telling whether this scan was the first. */
    public Recorded record(RegistrationId registration, EventId event, Instant at, @Nullable String door) {
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
        return inserted == 1 ? new Recorded(new CheckIn(registration, event, at, door), true)
                : new Recorded(find(registration).orElseThrow(), false);
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

    /** The check-ins of these registrations, by registration. */
    public Map<RegistrationId, CheckIn> findAll(Collection<RegistrationId> registrations) {
        Map<RegistrationId, CheckIn> found = new HashMap<>();
        if (registrations.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select registration_id, event_id, checked_in_at, door
                          from check_in
                         where registration_id = any(:ids)
                        """)
                .param("ids", registrations.stream().map(RegistrationId::value).toArray(UUID[]::new))
                .query((rs, row) -> map(rs))
                .list()
                .forEach(checkIn -> found.put(checkIn.registration(), checkIn));
        return found;
    }

    /** Someone let in, for the list at the door. */
    public record Entry(String name, int people, Instant at, @Nullable String door) {
    }

    /** The latest check-ins of the event, newest first. */
    public List<Entry> latest(EventId event, int limit) {
        return jdbc.sql("""
                        select coalesce(r.name, '') as name, 1 + r.companions as people, c.checked_in_at, c.door
                          from check_in c
                          join registration r on r.id = c.registration_id
                         where c.event_id = :event
                         order by c.checked_in_at desc, c.registration_id
                         limit :limit
                        """)
                .param("event", event.value())
                .param("limit", limit)
                .query((rs, row) -> new Entry(rs.getString("name"), rs.getInt("people"), instant(rs, "checked_in_at"),
                        rs.getString("door")))
                .list();
    }

    /** How many people, companions included, have been let in. */
    public int people(EventId event) {
        return jdbc.sql("""
                        select coalesce(sum(1 + r.companions), 0)
                          from check_in c
                          join registration r on r.id = c.registration_id
                         where c.event_id = :event
                        """)
                .param("event", event.value())
                .query(Integer.class)
                .single();
    }

    private static CheckIn map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CheckIn(new RegistrationId(rs.getObject("registration_id", UUID.class)),
                new EventId(rs.getObject("event_id", UUID.class)), instant(rs, "checked_in_at"), rs.getString("door"));
    }
}
