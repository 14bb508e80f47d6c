package de.offenekommune.account.internal;

import static de.offenekommune.platform.SqlTimes.instant;
import static de.offenekommune.platform.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.account.OrganizationId;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.account.UserId;
import de.offenekommune.platform.SecretTokens;

/**
 * Open invitations. Only the SHA-256 of a link's token is stored (see {@link SecretTokens}).
 */
@Repository
class Invitations {

    private static final String COLUMNS = """
            select i.id, i.email, i.display_name, i.platform_role, i.locale, i.invited_by, i.created_at, i.sent_at,
                   i.expires_at,
                   array(select o.organization_id from invitation_organization o where o.invitation_id = i.id)
                       as organizations
              from invitation i
            """;

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return {@code false} when the address already has an open invitation */
    boolean create(Invitation invitation, String token) {
        boolean created = jdbc.sql("""
                        insert into invitation (id, email, display_name, platform_role, locale, token_hash, invited_by,
                                                created_at, sent_at, expires_at)
                        values (:id, :email, :displayName, :role, :locale, :hash, :invitedBy, :createdAt, :sentAt,
                                :expiresAt)
                        on conflict do nothing
                        """)
                .param("id", invitation.id())
                .param("email", invitation.email())
                .param("displayName", invitation.displayName())
                .param("role", invitation.role().name())
                .param("locale", invitation.locale().getLanguage())
                .param("hash", SecretTokens.hash(token))
                .param("invitedBy", invitation.invitedBy() == null ? null : invitation.invitedBy().value())
                .param("createdAt", utc(invitation.createdAt()))
                .param("sentAt", utc(invitation.sentAt()))
                .param("expiresAt", utc(invitation.expiresAt()))
                .update() == 1;
        if (created) {
            for (OrganizationId organization : invitation.organizations()) {
                jdbc.sql("""
                                insert into invitation_organization (invitation_id, organization_id)
                                values (:invitation, :organization)
                                """)
                        .param("invitation", invitation.id())
                        .param("organization", organization.value())
                        .update();
            }
        }
        return created;
    }

    Optional<Invitation> findById(UUID id) {
        return jdbc.sql(COLUMNS + """
                         where i.id = :id
                        """)
                .param("id", id)
                .query(Invitations::map)
                .optional();
    }

    Optional<Invitation> findByToken(String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql(COLUMNS + """
                         where i.token_hash = :hash
                        """)
                .param("hash", SecretTokens.hash(token))
                .query(Invitations::map)
                .optional();
    }

    Optional<Invitation> findByEmail(String email) {
        return jdbc.sql(COLUMNS + """
                         where lower(i.email) = lower(:email)
                        """)
                .param("email", email)
                .query(Invitations::map)
                .optional();
    }

    /** Open invitations, the newest first. */
    List<Invitation> findAll() {
        return jdbc.sql(COLUMNS + """
                         order by i.created_at desc
                        """)
                .query(Invitations::map)
                .list();
    }

    /** A new link replaces the old one, which stops working at once. */
    void renew(UUID id, String token, Instant sentAt, Instant expiresAt) {
        jdbc.sql("""
                        update invitation
                           set token_hash = :hash,
                               sent_at = :sentAt,
                               expires_at = :expiresAt
                         where id = :id
                        """)
                .param("id", id)
                .param("hash", SecretTokens.hash(token))
                .param("sentAt", utc(sentAt))
                .param("expiresAt", utc(expiresAt))
                .update();
    }

    /**
     * Takes the invitation of a valid link: the one caller that gets it is the only one that may act on
     * it, so a link works once even when it is submitted twice at the same moment.
     */
    Optional<Invitation> take(String token, Instant now) {
        Optional<Invitation> invitation = findByToken(token).filter(found -> !found.isExpiredAt(now));
        return invitation.filter(found -> delete(found.id()));
    }

    /** @return whether an invitation was deleted */
    boolean delete(UUID id) {
        return jdbc.sql("""
                        delete from invitation
                         where id = :id
                        """)
                .param("id", id)
                .update() == 1;
    }

    int deleteExpiredBefore(Instant cutoff) {
        return jdbc.sql("""
                        delete from invitation
                         where expires_at < :cutoff
                        """)
                .param("cutoff", utc(cutoff))
                .update();
    }


    private static Invitation map(ResultSet rs, int row) throws SQLException {
        UUID invitedBy = rs.getObject("invited_by", UUID.class);
        List<OrganizationId> organizations = new ArrayList<>();
        Arrays.stream((Object[]) rs.getArray("organizations").getArray())
                .forEach(id -> organizations.add(new OrganizationId((UUID) id)));
        return new Invitation(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                PlatformRole.valueOf(rs.getString("platform_role")), Locale.forLanguageTag(rs.getString("locale")),
                organizations, invitedBy == null ? null : new UserId(invitedBy), instant(rs, "created_at"),
                instant(rs, "sent_at"), instant(rs, "expires_at"));
    }
}
