package de.offenekommune.registration.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.event.EventId;

/**
 * Answers people gave to the questions of an event, and what stays of them after their retention: how
 * often each choice was given by people with a seat.
 */
@Repository
public class RegistrationAnswers {

    /** Each value given (or {@code ''} for an answer without choices) and how often, before grouping and filtering. */
    private static final String COUNTED = """
            select a.question_id,
                   case when q.type in ('ONE_CHOICE', 'SEVERAL_CHOICES', 'YES_NO') then v.value else '' end,
                   count(*)
              from registration_answer a
              join registration_question q on q.id = a.question_id
              join registration r on r.id = a.registration_id
             cross join lateral unnest(a.answer_values) as v(value)""";

    private final JdbcClient jdbc;

    RegistrationAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(RegistrationId registration, List<GivenAnswer> answers) {
        for (GivenAnswer answer : answers) {
            jdbc.sql("""
                            insert into registration_answer (registration_id, question_id, answer_values)
                            values (:registration, :question, string_to_array(:values, chr(31)))
                            """)
                    .param("registration", registration.value())
                    .param("question", answer.question())
                    .param("values", RegistrationQuestions.join(answer.values()))
                    .update();
        }
    }

    /** The answers of one registration by question. */
    public Map<UUID, GivenAnswer> of(RegistrationId registration) {
        Map<UUID, GivenAnswer> answers = new LinkedHashMap<>();
        jdbc.sql("""
                        select question_id, answer_values
                          from registration_answer
                         where registration_id = :registration
                        """)
                .param("registration", registration.value())
                .query((rs, row) -> new GivenAnswer(rs.getObject("question_id", UUID.class),
                        RegistrationQuestions.strings(rs, "answer_values")))
                .list()
                .forEach(answer -> answers.put(answer.question(), answer));
        return answers;
    }

    /** All answers given for an event, by registration and question. */
    public Map<RegistrationId, Map<UUID, GivenAnswer>> ofEvent(EventId event) {
        Map<RegistrationId, Map<UUID, GivenAnswer>> answers = new HashMap<>();
        jdbc.sql("""
                        select a.registration_id, a.question_id, a.answer_values
                          from registration_answer a
                          join registration_question q on q.id = a.question_id
                         where q.event_id = :event
                        """)
                .param("event", event.value())
                .query((rs, row) -> {
                    GivenAnswer answer = new GivenAnswer(rs.getObject("question_id", UUID.class),
                            RegistrationQuestions.strings(rs, "answer_values"));
                    answers.computeIfAbsent(new RegistrationId(rs.getObject("registration_id", UUID.class)),
                            id -> new LinkedHashMap<>()).put(answer.question(), answer);
                    return answer;
                })
                .list();
        return answers;
    }

    /**
     * How often each value (counting the answers of people with a seat, whose state holds one) was given per question by people with a seat: counted from the answers while
     * they exist, kept in the counts after they were deleted. Questions without choices count their
     * answers under {@code ""}.
     */
    public Map<UUID, Map<String, Integer>> counts(EventId event) {
        Map<UUID, Map<String, Integer>> counts = new HashMap<>();
        jdbc.sql("""
                        select c.question_id, c.answer_value, c.answers
                          from registration_answer_count c
                          join registration_question q on q.id = c.question_id
                         where q.event_id = :event
                        union all
                        """ + COUNTED + """
                         where q.event_id = :event
                           and r.state in ('CONFIRMED', 'PENDING_CONFIRMATION')
                         group by 1, 2
                        """)
                .param("event", event.value())
                .query((rs, row) -> counts.computeIfAbsent(rs.getObject(1, UUID.class), id -> new LinkedHashMap<>())
                        .merge(rs.getString(2), rs.getInt(3), Integer::sum))
                .list();
        return counts;
    }

    /** Deletes the answers to a question, keeping how often each value was given by people with a seat. */
    int deleteKeepingCounts(UUID question) {
        jdbc.sql("""
                        insert into registration_answer_count (question_id, answer_value, answers)
                        """ + COUNTED + """
                         where a.question_id = :question
                           and r.state in ('CONFIRMED', 'PENDING_CONFIRMATION')
                         group by 1, 2
                        on conflict (question_id, answer_value) do update
                           set answers = registration_answer_count.answers + excluded.answers
                        """)
                .param("question", question)
                .update();
        return jdbc.sql("""
                        delete from registration_answer
                         where question_id = :question
                        """)
                .param("question", question)
                .update();
    }

    /** Forgets what one person answered, e.g. when they delete their data. */
    public void deleteOf(RegistrationId registration) {
        jdbc.sql("""
                        delete from registration_answer
                         where registration_id = :registration
                        """)
                .param("registration", registration.value())
                .update();
    }

    public boolean exist(UUID question) {
        return jdbc.sql("""
                        select exists(select 1
                                        from registration_answer
                                       where question_id = :question)
                            or exists(select 1
                                        from registration_answer_count
                                       where question_id = :question)
                        """)
                .param("question", question)
                .query(Boolean.class)
                .single();
    }
}
