package de.offenekommune.comment.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;

/**
 * The moderation mode of each event; events without a choice of their organizers follow the platform
 * default ({@code ok.comments.default-mode}), also when the operator changes it later.
 */
@Repository
public class DiscussionSettings {

    private final JdbcClient jdbc;
    private final CommentProperties properties;
    private final DiscussionPeriod period;

    DiscussionSettings(JdbcClient jdbc, CommentProperties properties, DiscussionPeriod period) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.period = period;
    }

    /** The mode in force now: the chosen one, closed once the discussion's period after the event is over. */
    public ModerationMode modeOf(Event event) {
        return period.inForce(chosenMode(event.id()), event);
    }

    /** The mode that was in force at {@code at}. */
    public ModerationMode modeOf(Event event, Instant at) {
        return period.inForce(chosenMode(event.id()), event, at);
    }

    /** The organizers' choice or the platform default, as the moderation page offers it to change. */
    public ModerationMode chosenMode(EventId event) {
        return jdbc.sql("""
                        select mode
                          from comment_settings
                         where event_id = :event
                        """)
                .param("event", event.value())
                .query(String.class)
                .optional()
                .map(ModerationMode::valueOf)
                .orElse(properties.defaultMode());
    }

    /** Whether the organizers chose the mode themselves. */
    public boolean isChosen(EventId event) {
        return jdbc.sql("""
                        select exists (select 1 from comment_settings where event_id = :event)
                        """)
                .param("event", event.value())
                .query(Boolean.class)
                .single();
    }

    public void choose(EventId event, ModerationMode mode, UUID by) {
        jdbc.sql("""
                        insert into comment_settings (event_id, mode, updated_at, updated_by)
                        values (:event, :mode, now(), :by)
                        on conflict (event_id)
                        do update set mode = excluded.mode,
                                      updated_at = excluded.updated_at,
                                      updated_by = excluded.updated_by
                        """)
                .param("event", event.value())
                .param("mode", mode.name())
                .param("by", by)
                .update();
    }
}
