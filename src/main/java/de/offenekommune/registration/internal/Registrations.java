package de.offenekommune.registration.internal;

import static de.offenekommune.platform.SqlTimes.instant;
import static de.offenekommune.platform.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

import de.offenekommune.event.EventId;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.RegistrationState;

/**
 * Registrations in PostgreSQL. Changes of seats happen only while the event's tally row is locked
 * (see {@link Tallies}); the unique indexes are the backstop.
 */
@Repository
public class Registrations {

    private static final String COLUMNS = """
            select id, event_id, state, name, email, organization, companions, answer, accessibility_needs, locale,
                   waitlist_seq, submission_key, email_verified_at, expires_at, created_at, confirmed_at,
                   cancelled_at, cancelled_by, anonymized_at,
                   exists (select
                             from registration_session_place p
                            where p.registration_id = registration.id) as chose_workshops
              from registration
            """;

    private final JdbcClient jdbc;

    Registrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Registration> findById(RegistrationId id) {
        return jdbc.sql(COLUMNS + """
                         where id = :id
                        """)
                .param("id", id.value())
                .query(Registrations::map)
                .optional();
    }

    public Optional<Registration> findActiveByEmail(EventId event, String email) {
        return jdbc.sql(COLUMNS + """
                         where event_id = :event
                           and lower(email) = lower(:email)
                           and state in ('PENDING_CONFIRMATION', 'CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL')
                        """)
                .param("event", event.value())
                .param("email", email)
                .query(Registrations::map)
                .optional();
    }

    /**
     * Whether the submission with this key, if any, had the same input.
     *
     * @return empty when the key is new; {@code true} for the same input (or one stored before inputs were
     *         compared), {@code false} for other input
     */
    public Optional<Boolean> sameSubmission(EventId event, String submissionKey, byte[] fingerprint) {
        return jdbc.sql("""
                        select submission_hash is null or submission_hash = :hash
                          from registration
                         where event_id = :event
                           and submission_key = :key
                        """)
                .param("event", event.value())
                .param("key", submissionKey)
                .param("hash", fingerprint)
                .query(Boolean.class)
                .optional();
    }

    public boolean hasWaitlist(EventId event) {
        return jdbc.sql("""
                        select exists (select 1
                                         from registration
                                        where event_id = :event
                                          and state = 'WAITLISTED')
                        """)
                .param("event", event.value())
                .query(Boolean.class)
                .single();
    }

    /** The first person on the waitlist. */
    Optional<Registration> findWaitlistHead(EventId event) {
        return jdbc.sql(COLUMNS + """
                         where event_id = :event
                           and state = 'WAITLISTED'
                         order by waitlist_seq
                         limit 1
                        """)
                .param("event", event.value())
                .query(Registrations::map)
                .optional();
    }

    /** 1 for the first person on the waitlist; 0 when the registration is not waitlisted. */
    public int waitlistPosition(Registration registration) {
        if (registration.waitlistSeq() == null) {
            return 0;
        }
        return jdbc.sql("""
                        select count(*) + 1
                          from registration
                         where event_id = :event
                           and state = 'WAITLISTED'
                           and waitlist_seq < :seq
                        """)
                .param("event", registration.event().value())
                .param("seq", registration.waitlistSeq())
                .query(Integer.class)
                .single();
    }

    /** How many registrations and how many people (with companions) are in each state. */
    public Map<RegistrationState, Count> countByState(EventId event) {
        Map<RegistrationState, Count> counts = new EnumMap<>(RegistrationState.class);
        for (RegistrationState state : RegistrationState.values()) {
            counts.put(state, new Count(0, 0));
        }
        jdbc.sql("""
                        select state, count(*) as registrations, coalesce(sum(1 + companions), 0) as people
                          from registration
                         where event_id = :event
                         group by state
                        """)
                .param("event", event.value())
                .query((rs, row) -> counts.put(RegistrationState.valueOf(rs.getString("state")),
                        new Count(rs.getInt("registrations"), rs.getInt("people"))))
                .list();
        return counts;
    }

    /** Registrations of an event with {@code state}, in waitlist order for the waitlist and by date otherwise. */
    public List<Registration> findByEvent(EventId event, RegistrationState state) {
        return jdbc.sql(COLUMNS + """
                         where event_id = :event
                           and state = :state
                         order by waitlist_seq nulls last, created_at, id
                        """)
                .param("event", event.value())
                .param("state", state.name())
                .query(Registrations::map)
                .list();
    }

    /**
     * @param text  part of the name, address or organization; {@code null} for all
     * @param state {@code null} for all states
     */
    public List<Registration> search(EventId event, String text, RegistrationState state, int limit, int offset) {
        return filtered(jdbc.sql(COLUMNS + """
                         where event_id = :event
                           and (cast(:state as text) is null or state = :state)
                           and (cast(:pattern as text) is null
                                or name ilike :pattern escape '\\'
                                or email ilike :pattern escape '\\'
                                or organization ilike :pattern escape '\\')
                         order by case state when 'CONFIRMED' then 0 when 'PENDING_CONFIRMATION' then 1
                                             when 'WAITLISTED' then 2 else 3 end,
                                  waitlist_seq nulls last, created_at, id
                         limit :limit
                        offset :offset
                        """), event, text, state)
                .param("limit", limit)
                .param("offset", offset)
                .query(Registrations::map)
                .list();
    }

    public long countMatching(EventId event, String text, RegistrationState state) {
        return filtered(jdbc.sql("""
                        select count(*)
                          from registration
                         where event_id = :event
                           and (cast(:state as text) is null or state = :state)
                           and (cast(:pattern as text) is null
                                or name ilike :pattern escape '\\'
                                or email ilike :pattern escape '\\'
                                or organization ilike :pattern escape '\\')
                        """), event, text, state)
                .query(Long.class)
                .single();
    }

    /** Addresses whose confirmation time ran out, with the events they belong to. */
    List<EventId> findEventsWithExpiredConfirmations(Instant now, int limit) {
        return jdbc.sql("""
                        select distinct event_id
                          from registration
                         where email_verified_at is null
                           and state in ('PENDING_CONFIRMATION', 'WAITLISTED', 'PENDING_APPROVAL')
                           and expires_at <= :now
                         limit :limit
                        """)
                .param("now", utc(now))
                .param("limit", limit)
                .query((rs, row) -> new EventId(rs.getObject("event_id", UUID.class)))
                .list();
    }

    List<Registration> findExpiredConfirmations(EventId event, Instant now) {
        return jdbc.sql(COLUMNS + """
                         where event_id = :event
                           and email_verified_at is null
                           and state in ('PENDING_CONFIRMATION', 'WAITLISTED', 'PENDING_APPROVAL')
                           and expires_at <= :now
                         order by created_at
                        """)
                .param("event", event.value())
                .param("now", utc(now))
                .query(Registrations::map)
                .list();
    }

    /** @param submissionHash the fingerprint of the input behind the registration's submission key */
    void insert(Registration registration, byte[] submissionHash) {
        bind(jdbc.sql("""
                        insert into registration (id, event_id, state, name, email, organization, companions, answer,
                                                  accessibility_needs, locale, waitlist_seq, submission_key,
                                                  submission_hash, email_verified_at, expires_at, created_at,
                                                  confirmed_at, cancelled_at, cancelled_by, anonymized_at)
                        values (:id, :event, :state, :name, :email, :organization, :companions, :answer,
                                :needs, :locale, :seq, :submissionKey,
                                :submissionHash, :verifiedAt, :expiresAt, :createdAt,
                                :confirmedAt, :cancelledAt, :cancelledBy, :anonymizedAt)
                        """), registration)
                .param("submissionHash", registration.submissionKey() == null ? null : submissionHash)
                .param("event", registration.event().value())
                .param("companions", registration.companions())
                .param("locale", registration.locale().getLanguage())
                .param("createdAt", utc(registration.createdAt()))
                .update();
    }

    public void update(Registration registration) {
        int updated = bind(jdbc.sql("""
                        update registration
                           set state = :state, name = :name, email = :email, organization = :organization,
                               answer = :answer, accessibility_needs = :needs, waitlist_seq = :seq,
                               submission_key = :submissionKey,
                               submission_hash = case when cast(:anonymizedAt as timestamptz) is null then submission_hash end,
                               email_verified_at = :verifiedAt,
                               expires_at = :expiresAt, confirmed_at = :confirmedAt, cancelled_at = :cancelledAt,
                               cancelled_by = :cancelledBy, anonymized_at = :anonymizedAt
                         where id = :id
                        """), registration)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("Registration " + registration.id() + " is gone");
        }
    }

    List<RegistrationId> findIdsOfEvent(EventId event) {
        return jdbc.sql("""
                        select id
                          from registration
                         where event_id = :event
                        """)
                .param("event", event.value())
                .query((rs, row) -> new RegistrationId(rs.getObject("id", UUID.class)))
                .list();
    }

    /** Forgets the personal data of all registrations of an event; states and party sizes stay for the counts. */
    int anonymizeEvent(EventId event, Instant now) {
        return jdbc.sql("""
                        update registration
                           set name = null, email = null, organization = null, answer = null,
                               accessibility_needs = null, submission_key = null, submission_hash = null,
                               anonymized_at = :now
                         where event_id = :event
                           and anonymized_at is null
                        """)
                .param("event", event.value())
                .param("now", utc(now))
                .update();
    }

    private static StatementSpec bind(StatementSpec statement, Registration registration) {
        return statement
                .param("id", registration.id().value())
                .param("state", registration.state().name())
                .param("name", registration.name())
                .param("email", registration.email())
                .param("organization", registration.organization())
                .param("answer", registration.answer())
                .param("needs", registration.accessibilityNeeds())
                .param("seq", registration.waitlistSeq())
                .param("submissionKey", registration.submissionKey())
                .param("verifiedAt", utc(registration.emailVerifiedAt()))
                .param("expiresAt", utc(registration.expiresAt()))
                .param("confirmedAt", utc(registration.confirmedAt()))
                .param("cancelledAt", utc(registration.cancelledAt()))
                .param("cancelledBy", registration.cancelledBy() == null ? null : registration.cancelledBy().name())
                .param("anonymizedAt", utc(registration.anonymizedAt()));
    }

    private static StatementSpec filtered(StatementSpec statement, EventId event, String text, RegistrationState state) {
        String pattern = text == null || text.isBlank() ? null
                : "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return statement
                .param("event", event.value())
                .param("state", state == null ? null : state.name())
                .param("pattern", pattern);
    }

    private static Registration map(ResultSet rs, int row) throws SQLException {
        String cancelledBy = rs.getString("cancelled_by");
        Long seq = rs.getObject("waitlist_seq", Long.class);
        return new Registration(new RegistrationId(rs.getObject("id", UUID.class)),
                new EventId(rs.getObject("event_id", UUID.class)), RegistrationState.valueOf(rs.getString("state")),
                rs.getString("name"), rs.getString("email"), rs.getString("organization"), rs.getInt("companions"),
                rs.getString("answer"), rs.getString("accessibility_needs"), Locale.forLanguageTag(rs.getString("locale")),
                seq, rs.getString("submission_key"), instant(rs, "email_verified_at"),
                instant(rs, "expires_at"), instant(rs, "created_at"), instant(rs, "confirmed_at"),
                instant(rs, "cancelled_at"), cancelledBy == null ? null : CancelledBy.valueOf(cancelledBy),
                instant(rs, "anonymized_at"), rs.getBoolean("chose_workshops"));
    }


    /** @param people registrants and their companions */
    public record Count(int registrations, int people) {
    }
}
