package de.offenekommune.comment.internal;

import static de.offenekommune.platform.SqlTimes.instant;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.account.OrganizationId;

/**
 * Who may not comment. Organizers block for their organization's events, platform moderators for
 * the whole platform. Guests are blocked by the keyed hash of their email, never the email itself.
 */
@Repository
public class CommentBlocks {

    public static final String PLATFORM = "PLATFORM";

    /**
     * @param scope   {@link #PLATFORM} or an organization id
     * @param subject {@code email:<keyed hash>} or {@code user:<id>}
     * @param label   the display name the person used, so that moderators recognize the entry
     */
    public record Block(String scope, String subject, String label, String reason, Instant createdAt) {

        public boolean isPlatformWide() {
            return PLATFORM.equals(scope);
        }
    }

    private final JdbcClient jdbc;

    CommentBlocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String scopeOf(OrganizationId organization) {
        return organization == null ? PLATFORM : organization.value().toString();
    }

    /** @return {@code false} when the subject was already blocked in this scope */
    boolean add(String scope, String subject, String label, String reason, UUID by) {
        return jdbc.sql("""
                        insert into comment_block (scope, subject, label, reason, created_by)
                        values (:scope, :subject, :label, :reason, :by)
                        on conflict (scope, subject) do nothing
                        """)
                .param("scope", scope)
                .param("subject", subject)
                .param("label", label)
                .param("reason", reason)
                .param("by", by)
                .update() == 1;
    }

    boolean remove(String scope, String subject) {
        return jdbc.sql("""
                        delete from comment_block
                         where scope = :scope
                           and subject = :subject
                        """)
                .param("scope", scope)
                .param("subject", subject)
                .update() == 1;
    }

    /** Whether any of {@code subjects} is blocked platform-wide or for the organization. */
    public boolean isBlocked(OrganizationId organization, Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        select exists (
                            select 1
                              from comment_block
                             where scope in ('PLATFORM', :organization)
                               and subject = any(:subjects))
                        """)
                .param("organization", organization.value().toString())
                .param("subjects", subjects.toArray(String[]::new))
                .query(Boolean.class)
                .single();
    }

    /** Blocks of one scope, or of all scopes when {@code scope} is {@code null}, latest first. */
    public List<Block> findAll(String scope) {
        return jdbc.sql("""
                        select scope, subject, label, reason, created_at
                          from comment_block
                         where cast(:scope as text) is null or scope = :scope
                         order by created_at desc
                         limit 500
                        """)
                .param("scope", scope)
                .query((rs, row) -> new Block(rs.getString("scope"), rs.getString("subject"), rs.getString("label"),
                        rs.getString("reason"), instant(rs, "created_at")))
                .list();
    }
}
