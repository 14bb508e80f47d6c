package de.offenekommune.comment.internal;

import static de.offenekommune.platform.SqlTimes.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.comment.CommentId;
import de.offenekommune.comment.internal.ReportReason;

/**
 * Readers' reports. One row per comment and reporter, so that reporting again changes nothing.
 */
@Repository
public class CommentReports {

    /** The open reports of a comment, by reason. */
    public record OpenReports(int total, Map<ReportReason, Integer> byReason, List<String> notes) {

        static final OpenReports NONE = new OpenReports(0, Map.of(), List.of());
    }

    private final JdbcClient jdbc;

    CommentReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return {@code false} when this reporter already reported the comment */
    boolean add(CommentId comment, String reporterKey, ReportReason reason, String note, Instant now) {
        return jdbc.sql("""
                        insert into comment_report (comment_id, reporter_key, reason, note, created_at)
                        values (:comment, :reporter, :reason, :note, :now)
                        on conflict (comment_id, reporter_key) do nothing
                        """)
                .param("comment", comment.value())
                .param("reporter", reporterKey)
                .param("reason", reason.name())
                .param("note", note)
                .param("now", utc(now))
                .update() == 1;
    }

    /** Distinct reporters whose reports nobody reviewed yet. */
    int countOpen(CommentId comment) {
        return jdbc.sql("""
                        select count(*)
                          from comment_report
                         where comment_id = :comment
                           and reviewed_at is null
                        """)
                .param("comment", comment.value())
                .query(Integer.class)
                .single();
    }

    /** A moderator looked at the comment: its reports no longer count toward hiding it. */
    void markReviewed(CommentId comment, Instant now) {
        jdbc.sql("""
                        update comment_report
                           set reviewed_at = :now
                         where comment_id = :comment
                           and reviewed_at is null
                        """)
                .param("comment", comment.value())
                .param("now", utc(now))
                .update();
    }

    /** Open reports of many comments in one query. */
    public Map<CommentId, OpenReports> findOpen(Collection<CommentId> comments) {
        Map<CommentId, OpenReports> result = new HashMap<>();
        if (comments.isEmpty()) {
            return result;
        }
        Map<CommentId, Map<ReportReason, Integer>> counts = new HashMap<>();
        Map<CommentId, List<String>> notes = new HashMap<>();
        jdbc.sql("""
                        select comment_id, reason, note
                          from comment_report
                         where comment_id = any(:comments)
                           and reviewed_at is null
                         order by created_at
                        """)
                .param("comments", comments.stream().map(CommentId::value).toArray(UUID[]::new))
                .query((rs, row) -> {
                    CommentId id = new CommentId(rs.getObject("comment_id", UUID.class));
                    counts.computeIfAbsent(id, key -> new EnumMap<>(ReportReason.class))
                            .merge(ReportReason.valueOf(rs.getString("reason")), 1, Integer::sum);
                    String note = rs.getString("note");
                    if (note != null) {
                        notes.computeIfAbsent(id, key -> new java.util.ArrayList<>()).add(note);
                    }
                    return id;
                })
                .list();
        counts.forEach((id, byReason) -> result.put(id, new OpenReports(
                byReason.values().stream().mapToInt(Integer::intValue).sum(), byReason,
                notes.getOrDefault(id, List.of()))));
        return result;
    }

    /** Reports someone reviewed long ago are no longer needed. */
    int deleteReviewedBefore(Instant cutoff) {
        return jdbc.sql("""
                        delete from comment_report
                         where reviewed_at < :cutoff
                        """)
                .param("cutoff", utc(cutoff))
                .update();
    }
}
