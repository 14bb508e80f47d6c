package de.offenekommune.registration.internal;

import static de.offenekommune.platform.SqlTimes.instant;
import static de.offenekommune.platform.SqlTimes.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import de.offenekommune.event.EventId;
import de.offenekommune.event.Schedule;

/**
 * The per-event counter rows. Locking one ({@link #lockIfExists}, through {@link Seats}) is the only way to change
 * seats: PostgreSQL queues every other transaction of the same event, in this application copy or any
 * other, until the holder commits.
 */
@Repository
public class Tallies {

    private final JdbcClient jdbc;
    private final RegistrationProperties properties;

    Tallies(JdbcClient jdbc, RegistrationProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Locks the event's row until the surrounding transaction ends, when it has one (empty, and nothing
     * locked, when not). Waits at most {@code ok.registration.lock-timeout} for another holder; then
     * PostgreSQL refuses and the transaction rolls back ({@link org.springframework.dao.CannotAcquireLockException}).
     */
    public Optional<Tally> lockIfExists(EventId event) {
        limitLockWait();
        return selectForUpdate(event);
    }

    /** Makes the row and locks it, after {@link #lockIfExists} found none in this transaction. */
    Tally createLocked(EventId event, Schedule schedule) {
        jdbc.sql("""
                        insert into registration_tally (event_id, event_starts_at, event_ends_at)
                        values (:event, :startsAt, :endsAt)
                        on conflict (event_id) do nothing
                        """)
                .param("event", event.value())
                .param("startsAt", utc(schedule.start()))
                .param("endsAt", utc(schedule.end()))
                .update();
        return selectForUpdate(event).orElseThrow();
    }

    private void limitLockWait() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A seat lock outside a transaction would be released at once");
        }
        // For the rest of this transaction only: a stuck holder must not keep a pool connection waiting here.
        jdbc.sql("""
                        select set_config('lock_timeout', :timeout, true)
                        """)
                .param("timeout", properties.lockTimeout().toMillis() + "ms")
                .query(String.class)
                .single();
    }

    private Optional<Tally> selectForUpdate(EventId event) {
        return jdbc.sql("""
                        select event_id, seats_taken, next_waitlist_seq, front_waitlist_seq
                          from registration_tally
                         where event_id = :event
                           for update
                        """)
                .param("event", event.value())
                .query((rs, row) -> new Tally(event, rs.getInt("seats_taken"), rs.getLong("next_waitlist_seq"),
                        rs.getLong("front_waitlist_seq")))
                .optional();
    }

    /** The event's seats taken, without locking: for display only. */
    public int seatsTaken(EventId event) {
        return jdbc.sql("""
                        select seats_taken
                          from registration_tally
                         where event_id = :event
                        """)
                .param("event", event.value())
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    boolean exists(EventId event) {
        return jdbc.sql("""
                        select exists (select 1 from registration_tally where event_id = :event)
                        """)
                .param("event", event.value())
                .query(Boolean.class)
                .single();
    }

    void save(Tally tally) {
        jdbc.sql("""
                        update registration_tally
                           set seats_taken = :taken,
                               next_waitlist_seq = :next,
                               front_waitlist_seq = :front
                         where event_id = :event
                        """)
                .param("event", tally.event().value())
                .param("taken", tally.seatsTaken())
                .param("next", tally.nextWaitlistSeq())
                .param("front", tally.frontWaitlistSeq())
                .update();
    }

    /** A new start makes the reminders due again, for the new start (see {@link Reminders}). */
    void rememberSchedule(EventId event, Schedule schedule) {
        jdbc.sql("""
                        update registration_tally
                           set event_starts_at = :startsAt,
                               event_ends_at = :endsAt,
                               anonymized_at = case when :endsAt > event_ends_at then null else anonymized_at end,
                               attendance_published_at = case when :endsAt > attendance_published_at then null
                                                              else attendance_published_at end
                         where event_id = :event
                        """)
                .param("event", event.value())
                .param("startsAt", utc(schedule.start()))
                .param("endsAt", utc(schedule.end()))
                .update();
    }

    /**
     * Events whose reminders for their current start are due: the start lies ahead, within the event's
     * reminder time (from {@code registration_settings}, default {@code defaultHours}; 0 is off).
     */
    List<EventId> findDueForReminders(Instant now, int defaultHours, int limit) {
        return jdbc.sql("""
                        select t.event_id
                          from registration_tally t
                          left join registration_settings s on s.event_id = t.event_id
                         where t.reminded_for is distinct from t.event_starts_at
                           and t.event_starts_at > :now
                           and coalesce(s.reminder_hours, :defaultHours) > 0
                           and t.event_starts_at - make_interval(hours => coalesce(s.reminder_hours, :defaultHours)) <= :now
                         order by t.event_starts_at
                         limit :limit
                        """)
                .param("now", utc(now))
                .param("defaultHours", defaultHours)
                .param("limit", limit)
                .query((rs, row) -> new EventId(rs.getObject("event_id", UUID.class)))
                .list();
    }

    /** Under the event's lock: the reminders for {@code start} went out (or were not due for this event). */
    void markReminded(EventId event, Instant start) {
        jdbc.sql("""
                        update registration_tally
                           set reminded_for = :start
                         where event_id = :event
                        """)
                .param("event", event.value())
                .param("start", utc(start))
                .update();
    }

    /** Marks the attendance counts of events that ended before {@code now} as published. */
    public int publishAttendance(Instant now) {
        return jdbc.sql("""
                        update registration_tally
                           set attendance_published_at = :now
                         where attendance_published_at is null
                           and event_ends_at < :now
                        """)
                .param("now", utc(now))
                .update();
    }

    /** When attendance counts were last published; {@link Instant#EPOCH} when never. */
    Instant attendanceLastPublished() {
        return jdbc.sql("""
                        select max(attendance_published_at) as published
                          from registration_tally
                        """)
                .query((rs, row) -> Optional.ofNullable(instant(rs, "published")))
                .single()
                .orElse(Instant.EPOCH);
    }

    /** The start the reminders of the event went out for; empty when none did. */
    Optional<Instant> remindedFor(EventId event) {
        return jdbc.sql("""
                        select reminded_for
                          from registration_tally
                         where event_id = :event
                        """)
                .param("event", event.value())
                .query((rs, row) -> Optional.ofNullable(instant(rs, "reminded_for")))
                .optional()
                .flatMap(found -> found);
    }

    /** Events that ended before {@code cutoff} and still hold personal data. */
    List<EventId> findDueForAnonymization(Instant cutoff, int limit) {
        return jdbc.sql("""
                        select event_id
                          from registration_tally
                         where anonymized_at is null
                           and event_ends_at < :cutoff
                         order by event_ends_at
                         limit :limit
                        """)
                .param("cutoff", utc(cutoff))
                .param("limit", limit)
                .query((rs, row) -> new EventId(rs.getObject("event_id", UUID.class)))
                .list();
    }

    void markAnonymized(EventId event, Instant now) {
        jdbc.sql("""
                        update registration_tally
                           set anonymized_at = :now
                         where event_id = :event
                        """)
                .param("event", event.value())
                .param("now", utc(now))
                .update();
    }

    Optional<Instant> anonymizedAt(EventId event) {
        return jdbc.sql("""
                        select anonymized_at
                          from registration_tally
                         where event_id = :event
                        """)
                .param("event", event.value())
                .query((rs, row) -> instant(rs, "anonymized_at"))
                .optional();
    }
}
