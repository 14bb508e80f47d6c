package de.offenekommune.registration.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.event.EventId;

/** The organizer's additions per event; events without a row use {@link RegistrationOptions#DEFAULT}. */
@Repository
public class RegistrationOptionsRepository {

    private final JdbcClient jdbc;

    RegistrationOptionsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public RegistrationOptions find(EventId event) {
        return settings(event).options();
    }

    /** The options and the approval switch of one event, read together: registering and its form need both. */
    public RegistrationSettings settings(EventId event) {
        return jdbc.sql("""
                        select max_companions, question, question_required, consent_text, reminder_hours,
                               approval_required
                          from registration_settings
                         where event_id = :event
                        """)
                .param("event", event.value())
                .query((rs, row) -> new RegistrationSettings(new RegistrationOptions(rs.getInt("max_companions"),
                        rs.getString("question"), rs.getBoolean("question_required"), rs.getString("consent_text"),
                        rs.getInt("reminder_hours")), rs.getBoolean("approval_required")))
                .optional()
                .orElse(new RegistrationSettings(RegistrationOptions.DEFAULT, false));
    }

    void save(EventId event, RegistrationOptions options) {
        jdbc.sql("""
                        insert into registration_settings (event_id, max_companions, question, question_required,
                                                           consent_text, reminder_hours, updated_at)
                        values (:event, :max, :question, :required, :consent, :reminderHours, now())
                        on conflict (event_id) do update
                           set max_companions = excluded.max_companions,
                               question = excluded.question,
                               question_required = excluded.question_required,
                               consent_text = excluded.consent_text,
                               reminder_hours = excluded.reminder_hours,
                               updated_at = excluded.updated_at
                        """)
                .param("event", event.value())
                .param("max", options.maxCompanions())
                .param("question", options.question())
                .param("required", options.questionRequired())
                .param("consent", options.consentText())
                .param("reminderHours", options.reminderHours())
                .update();
    }

    /** Whether the organizers accept or decline each registration themselves. */
    public boolean approvalRequired(EventId event) {
        return jdbc.sql("""
                        select approval_required
                          from registration_settings
                         where event_id = :event
                        """)
                .param("event", event.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void requireApproval(EventId event, boolean required) {
        jdbc.sql("""
                        insert into registration_settings (event_id, approval_required, updated_at)
                        values (:event, :required, now())
                        on conflict (event_id) do update
                           set approval_required = excluded.approval_required,
                               updated_at = excluded.updated_at
                        """)
                .param("event", event.value())
                .param("required", required)
                .update();
    }
}
