package de.offenekommune.registration.internal;

import static de.offenekommune.platform.SqlTimes.instant;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventStatus;
import de.offenekommune.feed.Attendance;
import de.offenekommune.feed.AttendanceCount;
import de.offenekommune.feed.AttendanceFigures;
import de.offenekommune.registration.RegistrationState;

/**
 * Attendance as open data. Counts are published once the event has ended (the task that marks them runs
 * every few minutes), not live: the final figures are what a statistic needs, and counts that move with each
 * registration would let anyone who watches them tell when a known person registered or cancelled. Only for
 * events that took place as published (not drafts, not cancelled or postponed ones) and that took
 * registrations on this platform. People are counted with their companions. Who was let in counts only for
 * events that checked people in at the door: for the others it stays {@code null} (unknown), not 0.
 */
@Component
class PublicAttendance implements AttendanceFigures {

    private final JdbcClient jdbc;
    private final Tallies tallies;

    PublicAttendance(JdbcClient jdbc, Tallies tallies) {
        this.jdbc = jdbc;
        this.tallies = tallies;
    }

    @Override
    public Map<EventId, Attendance> of(Collection<Event> events) {
        List<UUID> ids = events.stream()
                .filter(event -> event.status() == EventStatus.PUBLISHED)
                .map(event -> event.id().value())
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Instant> published = new HashMap<>();
        Map<UUID, Map<RegistrationState, Integer>> people = new HashMap<>();
        jdbc.sql("""
                        select t.event_id, t.attendance_published_at, r.state, coalesce(sum(1 + r.companions), 0) as people
                          from registration_tally t
                          left join registration r on r.event_id = t.event_id
                         where t.event_id = any(:ids)
                           and t.attendance_published_at is not null
                         group by t.event_id, t.attendance_published_at, r.state
                        """)
                .param("ids", ids.toArray(UUID[]::new))
                .query(rs -> {
                    UUID event = rs.getObject("event_id", UUID.class);
                    published.put(event, instant(rs, "attendance_published_at"));
                    String state = rs.getString("state");
                    if (state != null) {
                        people.computeIfAbsent(event, any -> new EnumMap<>(RegistrationState.class))
                                .put(RegistrationState.valueOf(state), rs.getInt("people"));
                    }
                });
        Map<UUID, Integer> checkedIn = new HashMap<>();
        jdbc.sql("""
                        select c.event_id, sum(1 + r.companions) as people
                          from check_in c
                          join registration r on r.id = c.registration_id
                         where c.event_id = any(:ids)
                         group by c.event_id
                        """)
                .param("ids", published.keySet().toArray(UUID[]::new))
                .query(rs -> {
                    checkedIn.put(rs.getObject("event_id", UUID.class), rs.getInt("people"));
                });
        Map<EventId, Attendance> figures = new HashMap<>();
        published.forEach((event, at) -> {
            Map<RegistrationState, Integer> counts = people.getOrDefault(event, Map.of());
            figures.put(new EventId(event), new Attendance(
                    count(counts, RegistrationState.CONFIRMED),
                    count(counts, RegistrationState.WAITLISTED),
                    checkedIn.containsKey(event) ? new AttendanceCount(checkedIn.get(event)) : null,
                    count(counts, RegistrationState.CANCELLED),
                    at));
        });
        return figures;
    }

    @Override
    public Instant lastPublished() {
        return tallies.attendanceLastPublished();
    }

    private static AttendanceCount count(Map<RegistrationState, Integer> counts, RegistrationState state) {
        return new AttendanceCount(counts.getOrDefault(state, 0));
    }
}
