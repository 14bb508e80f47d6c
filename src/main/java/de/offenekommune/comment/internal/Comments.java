package de.offenekommune.comment.internal;

import static de.offenekommune.platform.SqlTimes.instant;
import static de.offenekommune.platform.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.comment.internal.AuthorRole;
import de.offenekommune.comment.Comment;
import de.offenekommune.comment.CommentId;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.internal.ReviewReason;
import de.offenekommune.event.EventId;
import de.offenekommune.platform.ResultPage;

/**
 * Comments in PostgreSQL. Reading a page of a discussion takes a fixed number of queries, however
 * long the discussion is: one for the threads of the page, one for all their replies, one count.
 */
@Repository
public class Comments {

    private static final String COLUMNS = """
            select c.id, c.event_id, c.parent_id, c.status, c.author_user_id, c.author_name, c.author_role,
                   c.guest_email, c.guest_email_hash, c.locale, c.body, c.notify_replies, c.review_reason,
                   c.moderation_reason, c.created_at, c.confirmed_at, c.published_at, c.edited_at,
                   c.editable_until, c.moderated_at
              from event_comment c
            """;

    /** Top-level comments that take a place in the thread: public, hidden, or deleted but answered. */
    private static final String VISIBLE_THREAD = """
               c.parent_id is null
               and (c.status in ('PUBLISHED', 'HIDDEN')
                    or c.status = 'DELETED'
                       and c.published_at is not null
                       and exists (select 1
                                     from event_comment r
                                    where r.parent_id = c.id
                                      and r.status = 'PUBLISHED'))
            """;

    private final JdbcClient jdbc;

    Comments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Comment comment, String confirmTokenHash, String manageTokenHash) {
        jdbc.sql("""
                        insert into event_comment (id, event_id, parent_id, status, author_user_id, author_name,
                                                   author_role, guest_email, guest_email_hash, locale, body,
                                                   body_fingerprint, notify_replies, review_reason,
                                                   moderation_reason, confirm_token_hash, manage_token_hash,
                                                   created_at, confirmed_at, published_at, edited_at,
                                                   editable_until, moderated_at)
                        values (:id, :event, :parent, :status, :authorUser, :authorName,
                                :authorRole, :guestEmail, :guestEmailHash, :locale, :body,
                                :fingerprint, :notifyReplies, :reviewReason,
                                :moderationReason, :confirmTokenHash, :manageTokenHash,
                                :createdAt, :confirmedAt, :publishedAt, :editedAt,
                                :editableUntil, :moderatedAt)
                        """)
                .param("id", comment.id().value())
                .param("event", comment.event().value())
                .param("parent", comment.parent() == null ? null : comment.parent().value())
                .param("authorUser", comment.authorUserId())
                .param("authorRole", comment.authorRole() == null ? null : comment.authorRole().name())
                .param("locale", comment.locale().getLanguage())
                .param("confirmTokenHash", confirmTokenHash)
                .param("manageTokenHash", manageTokenHash)
                .param("createdAt", utc(comment.createdAt()))
                .params(mutable(comment))
                .update();
    }

    /** Stores the state after a state change; the row was locked by a {@code …ForUpdate} read. */
    public void update(Comment comment) {
        jdbc.sql("""
                        update event_comment
                           set status = :status, author_name = :authorName, guest_email = :guestEmail,
                               guest_email_hash = :guestEmailHash, body = :body, body_fingerprint = :fingerprint,
                               notify_replies = :notifyReplies, review_reason = :reviewReason,
                               moderation_reason = :moderationReason, confirmed_at = :confirmedAt,
                               published_at = :publishedAt, edited_at = :editedAt, editable_until = :editableUntil,
                               moderated_at = :moderatedAt
                         where id = :id
                        """)
                .param("id", comment.id().value())
                .params(mutable(comment))
                .update();
    }

    /** A guest's confirmation link works once. */
    public void forgetConfirmToken(CommentId id) {
        jdbc.sql("""
                        update event_comment
                           set confirm_token_hash = null
                         where id = :id
                        """)
                .param("id", id.value())
                .update();
    }

    public Optional<Comment> findById(CommentId id) {
        return findOne("c.id", id.value(), false);
    }

    public Optional<Comment> findByIdForUpdate(CommentId id) {
        return findOne("c.id", id.value(), true);
    }

    public Optional<Comment> findByConfirmTokenForUpdate(String tokenHash) {
        return findOne("c.confirm_token_hash", tokenHash, true);
    }

    public Optional<Comment> findByConfirmToken(String tokenHash) {
        return findOne("c.confirm_token_hash", tokenHash, false);
    }

    Optional<Comment> findByManageTokenForUpdate(String tokenHash) {
        return findOne("c.manage_token_hash", tokenHash, true);
    }

    public Optional<Comment> findByManageToken(String tokenHash) {
        return findOne("c.manage_token_hash", tokenHash, false);
    }

    /** @param column a unique column, never user input */
    private Optional<Comment> findOne(String column, Object value, boolean forUpdate) {
        return jdbc.sql(COLUMNS + " where " + column + " = :value" + (forUpdate ? " for update" : ""))
                .param("value", value)
                .query(Comments::map)
                .optional();
    }

    /** One page of an event's threads in the order they became public, each with all its replies. */
    public ResultPage<CommentThread> findThreads(EventId event, int page, int size) {
        List<Comment> tops = jdbc.sql(COLUMNS + """
                         where c.event_id = :event
                           and""" + VISIBLE_THREAD + """
                         order by c.published_at, c.id
                         limit :limit
                        offset :offset
                        """)
                .param("event", event.value())
                .param("limit", size)
                .param("offset", ResultPage.offset(page, size))
                .query(Comments::map)
                .list();
        long total = countThreads(event);
        Map<CommentId, List<Comment>> replies = new LinkedHashMap<>();
        tops.forEach(top -> replies.put(top.id(), new ArrayList<>()));
        if (!tops.isEmpty()) {
            jdbc.sql(COLUMNS + """
                             where c.parent_id = any(:parents)
                               and c.status in ('PUBLISHED', 'HIDDEN')
                             order by c.published_at, c.id
                            """)
                    .param("parents", tops.stream().map(top -> top.id().value()).toArray(UUID[]::new))
                    .query(Comments::map)
                    .list()
                    .forEach(reply -> replies.get(reply.parent()).add(reply));
        }
        List<CommentThread> threads = tops.stream()
                .map(top -> new CommentThread(top, List.copyOf(replies.get(top.id()))))
                .toList();
        return new ResultPage<>(threads, page, size, total);
    }

    public long countThreads(EventId event) {
        return jdbc.sql("""
                        select count(*)
                          from event_comment c
                         where c.event_id = :event
                           and""" + VISIBLE_THREAD)
                .param("event", event.value())
                .query(Long.class)
                .single();
    }

    /** Public comments and replies of an event. */
    public long countPublished(EventId event) {
        return jdbc.sql("""
                        select count(*)
                          from event_comment
                         where event_id = :event
                           and status = 'PUBLISHED'
                        """)
                .param("event", event.value())
                .query(Long.class)
                .single();
    }

    /**
     * How many threads come before the thread of {@code comment} (its own, or its parent's), if that
     * thread is shown at all; divided by the page size it tells the page showing the comment.
     */
    public Optional<Long> positionOf(Comment comment) {
        CommentId threadId = comment.parent() == null ? comment.id() : comment.parent();
        return jdbc.sql("""
                        select (select count(*)
                                  from event_comment c
                                 where c.event_id = t.event_id
                                   and""" + VISIBLE_THREAD + """
                                   and (c.published_at, c.id) < (t.published_at, t.id))
                          from event_comment t
                         where t.id = :thread
                           and exists (select 1
                                         from event_comment c
                                        where c.id = t.id
                                          and""" + VISIBLE_THREAD + """
                                      )
                        """)
                .param("thread", threadId.value())
                .query(Long.class)
                .optional();
    }

    /**
     * Whether the same text was written before: by the same author on this event at any time, or, for
     * longer texts, by anyone anywhere since {@code since} (cross-posting).
     */
    public boolean isDuplicate(EventId event, String authorColumnValue, boolean byUser, String fingerprint, boolean longText,
            Instant since, CommentId except) {
        return jdbc.sql("""
                        select exists (
                            select 1
                              from event_comment
                             where body_fingerprint = :fingerprint
                               and id <> :except
                               and status <> 'DELETED'
                               and ((event_id = :event
                                     and (case when :byUser then author_user_id::text else guest_email_hash end) = :author)
                                    or (:longText and created_at >= :since)))
                        """)
                .param("fingerprint", fingerprint)
                .param("except", except == null ? new UUID(0, 0) : except.value())
                .param("event", event.value())
                .param("byUser", byUser)
                .param("author", authorColumnValue)
                .param("longText", longText)
                .param("since", utc(since))
                .query(Boolean.class)
                .single();
    }

    /** Comments waiting for review (pre-moderation, review words) and hidden by reports, oldest first. */
    public List<Comment> findQueue(EventId event, int limit) {
        return jdbc.sql(COLUMNS + """
                         where (c.status = 'PENDING_REVIEW'
                                or c.status = 'HIDDEN' and c.review_reason = 'REPORTS'
                                or c.status = 'PUBLISHED' and exists (select 1
                                                                        from comment_report r
                                                                       where r.comment_id = c.id
                                                                         and r.reviewed_at is null))
                           and (cast(:event as uuid) is null or c.event_id = :event)
                         order by c.created_at, c.id
                         limit :limit
                        """)
                .param("event", event == null ? null : event.value())
                .param("limit", limit)
                .query(Comments::map)
                .list();
    }

    /** All comments of an event that readers see or saw, latest first, for moderation. */
    public ResultPage<Comment> findForModeration(EventId event, int page, int size) {
        List<Comment> items = jdbc.sql(COLUMNS + """
                         where c.event_id = :event
                           and c.status in ('PUBLISHED', 'HIDDEN', 'REJECTED')
                         order by c.created_at desc, c.id
                         limit :limit
                        offset :offset
                        """)
                .param("event", event.value())
                .param("limit", size)
                .param("offset", ResultPage.offset(page, size))
                .query(Comments::map)
                .list();
        long total = jdbc.sql("""
                        select count(*)
                          from event_comment
                         where event_id = :event
                           and status in ('PUBLISHED', 'HIDDEN', 'REJECTED')
                        """)
                .param("event", event.value())
                .query(Long.class)
                .single();
        return new ResultPage<>(items, page, size, total);
    }

    /** Guests who never confirmed: their comments (and emails) go. */
    int deleteUnconfirmedBefore(Instant cutoff) {
        return jdbc.sql("""
                        delete from event_comment
                         where status = 'PENDING_CONFIRMATION'
                           and created_at < :cutoff
                        """)
                .param("cutoff", utc(cutoff))
                .update();
    }

    /** Events on which guest emails or their hashes are still kept. */
    List<EventId> findEventsWithGuestEmails() {
        return jdbc.sql("""
                        select distinct event_id
                          from event_comment
                         where guest_email_hash is not null
                           and status <> 'PENDING_CONFIRMATION'
                        """)
                .query(UUID.class)
                .list()
                .stream()
                .map(EventId::new)
                .toList();
    }

    /** Removes guest emails and their hashes from an event's confirmed comments; replies are no longer mailed. */
    int forgetGuestEmails(EventId event) {
        return jdbc.sql("""
                        update event_comment
                           set guest_email = null,
                               guest_email_hash = null,
                               notify_replies = false
                         where event_id = :event
                           and guest_email_hash is not null
                           and status <> 'PENDING_CONFIRMATION'
                        """)
                .param("event", event.value())
                .update();
    }

    private static Map<String, Object> mutable(Comment comment) {
        Map<String, Object> values = new HashMap<>();
        values.put("status", comment.status().name());
        values.put("authorName", comment.authorName());
        values.put("guestEmail", comment.guestEmail());
        values.put("guestEmailHash", comment.guestEmailHash());
        values.put("body", comment.body());
        values.put("fingerprint", comment.body().isEmpty() ? "" : CommentText.fingerprint(comment.body()));
        values.put("notifyReplies", comment.notifyReplies());
        values.put("reviewReason", comment.reviewReason() == null ? null : comment.reviewReason().name());
        values.put("moderationReason", comment.moderationReason());
        values.put("confirmedAt", utc(comment.confirmedAt()));
        values.put("publishedAt", utc(comment.publishedAt()));
        values.put("editedAt", utc(comment.editedAt()));
        values.put("editableUntil", utc(comment.editableUntil()));
        values.put("moderatedAt", utc(comment.moderatedAt()));
        return values;
    }

    static Comment map(ResultSet rs, int row) throws SQLException {
        UUID parent = rs.getObject("parent_id", UUID.class);
        String role = rs.getString("author_role");
        String reviewReason = rs.getString("review_reason");
        return new Comment(
                new CommentId(rs.getObject("id", UUID.class)),
                new EventId(rs.getObject("event_id", UUID.class)),
                parent == null ? null : new CommentId(parent),
                rs.getObject("author_user_id", UUID.class),
                rs.getString("author_name"),
                role == null ? null : AuthorRole.valueOf(role),
                rs.getString("guest_email"),
                rs.getString("guest_email_hash"),
                Locale.forLanguageTag(rs.getString("locale")),
                rs.getString("body"),
                rs.getBoolean("notify_replies"),
                CommentStatus.valueOf(rs.getString("status")),
                reviewReason == null ? null : ReviewReason.valueOf(reviewReason),
                rs.getString("moderation_reason"),
                instant(rs, "created_at"),
                instant(rs, "confirmed_at"),
                instant(rs, "published_at"),
                instant(rs, "edited_at"),
                instant(rs, "editable_until"),
                instant(rs, "moderated_at"));
    }
}
