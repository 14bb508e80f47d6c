package de.offenekommune.registration.internal;

import static de.offenekommune.platform.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

import de.offenekommune.event.EventId;
import de.offenekommune.registration.internal.AnswerRetention;
import de.offenekommune.registration.internal.QuestionType;

/** The questions of events' registration forms; answers live in {@link RegistrationAnswers}. */
@Repository
public class RegistrationQuestions {

    /** Arrays travel as one text joined by the unit separator, which no typed text contains. */
    static final String SEPARATOR = "\u001F";

    private static final String COLUMNS = """
            id, event_id, position, type, label, help, choices, required, purpose, retention, retention_days,
            special_category, archived_at, answers_deleted_at""";

    private final JdbcClient jdbc;

    RegistrationQuestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All questions of the event, those on the form first in their order, then the archived ones. */
    public List<RegistrationQuestion> ofEvent(EventId event) {
        return jdbc.sql("select " + COLUMNS + """

                          from registration_question
                         where event_id = :event
                         order by archived_at nulls first, position
                        """)
                .param("event", event.value())
                .query(RegistrationQuestions::question)
                .list();
    }

    /** The questions on the form now, in their order. */
    public List<RegistrationQuestion> asked(EventId event) {
        return ofEvent(event).stream().filter(question -> !question.isArchived()).toList();
    }

    public Optional<RegistrationQuestion> find(EventId event, UUID id) {
        return jdbc.sql("select " + COLUMNS + """

                          from registration_question
                         where event_id = :event
                           and id = :id
                        """)
                .param("event", event.value())
                .param("id", id)
                .query(RegistrationQuestions::question)
                .optional();
    }

    void insert(RegistrationQuestion question, Instant now) {
        bind(jdbc.sql("""
                        insert into registration_question (id, event_id, position, type, label, help, choices, required,
                                                           purpose, retention, retention_days, special_category,
                                                           created_at)
                        values (:id, :event, (select coalesce(max(position), 0) + 1
                                                from registration_question
                                               where event_id = :event),
                                :type, :label, :help, string_to_array(:choices, chr(31)), :required, :purpose,
                                :retention, :days, :special, :now)
                        """), question)
                .param("now", utc(now))
                .update();
    }

    void update(RegistrationQuestion question) {
        bind(jdbc.sql("""
                        update registration_question
                           set type = :type, label = :label, help = :help, choices = string_to_array(:choices, chr(31)),
                               required = :required, purpose = :purpose, retention = :retention,
                               retention_days = :days, special_category = :special
                         where id = :id
                           and event_id = :event
                        """), question)
                .update();
    }

    void archive(UUID id, Instant now) {
        jdbc.sql("""
                        update registration_question
                           set archived_at = :now
                         where id = :id
                           and archived_at is null
                        """)
                .param("id", id)
                .param("now", utc(now))
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("""
                        delete from registration_question
                         where id = :id
                        """)
                .param("id", id)
                .update();
    }

    /** Swaps the position of a question with its neighbour on the form. */
    void move(EventId event, UUID id, boolean up) {
        List<RegistrationQuestion> asked = asked(event);
        int index = asked.stream().map(RegistrationQuestion::id).toList().indexOf(id);
        int other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= asked.size()) {
            return;
        }
        setPosition(asked.get(index).id(), asked.get(other).position());
        setPosition(asked.get(other).id(), asked.get(index).position());
    }

    private void setPosition(UUID id, int position) {
        jdbc.sql("""
                        update registration_question
                           set position = :position
                         where id = :id
                        """)
                .param("id", id)
                .param("position", position)
                .update();
    }

    /** Questions whose answers are due for deletion: the event ended long enough ago, or was anonymized. */
    List<UUID> findDueForAnswerDeletion(Instant now, int limit) {
        return jdbc.sql("""
                        select q.id
                          from registration_question q
                          join registration_tally t on t.event_id = q.event_id
                         where q.answers_deleted_at is null
                           and ((q.retention = 'AFTER_EVENT' and t.event_ends_at <= :now)
                             or (q.retention = 'DAYS_AFTER_EVENT'
                                 and t.event_ends_at + make_interval(days => q.retention_days) <= :now)
                             or t.anonymized_at is not null)
                         limit :limit
                        """)
                .param("now", utc(now))
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    List<UUID> findWithAnswers(EventId event) {
        return jdbc.sql("""
                        select id
                          from registration_question
                         where event_id = :event
                           and answers_deleted_at is null
                        """)
                .param("event", event.value())
                .query(UUID.class)
                .list();
    }

    void markAnswersDeleted(UUID id, Instant now) {
        jdbc.sql("""
                        update registration_question
                           set answers_deleted_at = :now
                         where id = :id
                        """)
                .param("id", id)
                .param("now", utc(now))
                .update();
    }

    private static StatementSpec bind(StatementSpec statement, RegistrationQuestion question) {
        return statement
                .param("id", question.id())
                .param("event", question.event())
                .param("type", question.type().name())
                .param("label", question.label())
                .param("help", question.help())
                .param("choices", join(question.choices()))
                .param("required", question.required())
                .param("purpose", question.purpose())
                .param("retention", question.retention().name())
                .param("days", question.retentionDays())
                .param("special", question.specialCategory());
    }

    static String join(List<String> values) {
        return values.stream().map(value -> value.replace(SEPARATOR, "")).collect(Collectors.joining(SEPARATOR));
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static RegistrationQuestion question(ResultSet rs, int row) throws SQLException {
        java.sql.Timestamp archived = rs.getTimestamp("archived_at");
        java.sql.Timestamp deleted = rs.getTimestamp("answers_deleted_at");
        return new RegistrationQuestion(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                rs.getInt("position"), QuestionType.valueOf(rs.getString("type")), rs.getString("label"),
                rs.getString("help"), strings(rs, "choices"), rs.getBoolean("required"), rs.getString("purpose"),
                AnswerRetention.valueOf(rs.getString("retention")), rs.getObject("retention_days", Integer.class),
                rs.getBoolean("special_category"), archived == null ? null : archived.toInstant(),
                deleted == null ? null : deleted.toInstant());
    }
}
