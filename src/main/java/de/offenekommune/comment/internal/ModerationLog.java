package de.offenekommune.comment.internal;

import static de.offenekommune.platform.SqlTimes.instant;
import static de.offenekommune.platform.SqlTimes.utc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.comment.CommentId;
import de.offenekommune.event.EventId;

/**
 * Every moderation action with who, when and why, for organizers and platform moderators. System
 * actions (hiding after reports) name no person.
 */
@Repository
public class ModerationLog {

    public enum Action {
        APPROVED, REJECTED, HIDDEN, RESTORED, REPORTS_DISMISSED, HIDDEN_BY_REPORTS, AUTHOR_BLOCKED, AUTHOR_UNBLOCKED,
        MODE_CHANGED;

        public String messageKey() {
            return "comment.log.action." + name();
        }
    }

    /**
     * @param event     {@code null} for actions not about one event
     * @param actorName {@code null} for the system
     */
    public record Entry(EventId event, CommentId comment, String actorName, Action action, String reason,
            Instant at) {
    }

    private final JdbcClient jdbc;

    ModerationLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(EventId event, CommentId comment, UUID actorId, String actorName, Action action, String reason,
            Instant at) {
        jdbc.sql("""
                        insert into comment_moderation_log (id, event_id, comment_id, actor_user_id, actor_name, action,
                                                            reason, created_at)
                        values (:id, :event, :comment, :actorId, :actorName, :action, :reason, :at)
                        """)
                .param("id", UUID.randomUUID())
                .param("event", event == null ? null : event.value())
                .param("comment", comment == null ? null : comment.value())
                .param("actorId", actorId)
                .param("actorName", actorName == null ? "" : actorName)
                .param("action", action.name())
                .param("reason", reason)
                .param("at", utc(at))
                .update();
    }

    /** The latest entries of an event, or of all events when {@code event} is {@code null}. */
    public List<Entry> findLatest(EventId event, int limit) {
        return jdbc.sql("""
                        select event_id, comment_id, actor_name, action, reason, created_at
                          from comment_moderation_log
                         where cast(:event as uuid) is null or event_id = :event
                         order by created_at desc, id
                         limit :limit
                        """)
                .param("event", event == null ? null : event.value())
                .param("limit", limit)
                .query((rs, row) -> {
                    UUID comment = rs.getObject("comment_id", UUID.class);
                    String actor = rs.getString("actor_name");
                    UUID eventId = rs.getObject("event_id", UUID.class);
                    return new Entry(eventId == null ? null : new EventId(eventId),
                            comment == null ? null : new CommentId(comment), actor.isEmpty() ? null : actor,
                            Action.valueOf(rs.getString("action")), rs.getString("reason"),
                            instant(rs, "created_at"));
                })
                .list();
    }

    /** Entries about one comment, oldest first. */
    public List<Entry> findForComment(CommentId comment) {
        return jdbc.sql("""
                        select event_id, comment_id, actor_name, action, reason, created_at
                          from comment_moderation_log
                         where comment_id = :comment
                         order by created_at, id
                        """)
                .param("comment", comment.value())
                .query((rs, row) -> {
                    String actor = rs.getString("actor_name");
                    return new Entry(new EventId(rs.getObject("event_id", UUID.class)), comment,
                            actor.isEmpty() ? null : actor, Action.valueOf(rs.getString("action")),
                            rs.getString("reason"), instant(rs, "created_at"));
                })
                .list();
    }
}
