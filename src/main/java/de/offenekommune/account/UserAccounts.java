package de.offenekommune.account;

import static de.offenekommune.platform.SqlTimes.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.platform.ModuleInternal;

@Repository
public class UserAccounts {

    private static final String COLUMNS = """
            select id, email, display_name, password_hash, platform_role, enabled, created_at
              from app_user
            """;

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql(COLUMNS + """
                         where lower(email) = lower(:email)
                        """)
                .param("email", email)
                .query(UserAccounts::map)
                .optional();
    }

    public Optional<UserAccount> findById(UserId id) {
        return jdbc.sql(COLUMNS + """
                         where id = :id
                        """)
                .param("id", id.value())
                .query(UserAccounts::map)
                .optional();
    }

    /** The user as Spring Security would see them after logging in, e.g. to act on their behalf at start-up. */
    public Optional<AccountPrincipal> findPrincipal(UserId id) {
        return jdbc.sql(PRINCIPAL_COLUMNS + """
                         where u.id = :id
                        """)
                .param("id", id.value())
                .query(UserAccounts::mapPrincipal)
                .optional();
    }

    public Optional<AccountPrincipal> findPrincipalByEmail(String email) {
        return jdbc.sql(PRINCIPAL_COLUMNS + """
                         where lower(u.email) = lower(:email)
                        """)
                .param("email", email)
                .query(UserAccounts::mapPrincipal)
                .optional();
    }

    private static final String PRINCIPAL_COLUMNS = """
            select u.id, u.email, u.display_name, u.password_hash, u.platform_role, u.enabled, u.created_at,
                   u.two_factor_enrolment_required,
                   t.confirmed_at is not null as two_factor_active
              from app_user u
              left join two_factor t on t.user_id = u.id
            """;

    private static AccountPrincipal mapPrincipal(ResultSet rs, int row) throws SQLException {
        UserAccount account = map(rs, row);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.role(),
                account.enabled(), account.passwordHash(), new AccountPrincipal.TwoFactorState(
                        rs.getBoolean("two_factor_active"), rs.getBoolean("two_factor_enrolment_required")),
                null);
    }

    public List<UserAccount> findAll() {
        return jdbc.sql(COLUMNS + """
                         order by lower(display_name), lower(email)
                        """)
                .query(UserAccounts::map)
                .list();
    }

    /** @return {@code false} when the email is already taken */
    public boolean create(UserAccount account) {
        return jdbc.sql("""
                        insert into app_user (id, email, display_name, password_hash, platform_role, enabled)
                        values (:id, :email, :displayName, :passwordHash, :role, :enabled)
                        on conflict do nothing
                        """)
                .param("id", account.id().value())
                .param("email", account.email().trim())
                .param("displayName", account.displayName().trim())
                .param("passwordHash", account.passwordHash())
                .param("role", account.role().name())
                .param("enabled", account.enabled())
                .update() == 1;
    }

    public void changePassword(UserId id, String passwordHash) {
        jdbc.sql("""
                        update app_user
                           set password_hash = :passwordHash,
                               password_changed_at = now()
                         where id = :id
                        """)
                .param("id", id.value())
                .param("passwordHash", passwordHash)
                .update();
    }

    public Optional<UserAccount> findBySubject(String subject) {
        return jdbc.sql(COLUMNS + """
                         where oidc_subject = :subject
                        """)
                .param("subject", subject)
                .query(UserAccounts::map)
                .optional();
    }

    public Optional<String> subjectOf(UserId id) {
        return jdbc.sql("""
                        select oidc_subject
                          from app_user
                         where id = :id
                        """)
                .param("id", id.value())
                .query((rs, row) -> Optional.ofNullable(rs.getString("oidc_subject")))
                .optional()
                .flatMap(subject -> subject);
    }

    /** Links the account to a person at the OpenID Connect provider. */
    @ModuleInternal
    public void linkSubject(UserId id, String subject) {
        jdbc.sql("""
                        update app_user
                           set oidc_subject = :subject
                         where id = :id
                        """)
                .param("id", id.value())
                .param("subject", subject)
                .update();
    }

    @ModuleInternal
    public void rename(UserId id, String displayName) {
        jdbc.sql("""
                        update app_user
                           set display_name = :displayName
                         where id = :id
                        """)
                .param("id", id.value())
                .param("displayName", displayName.strip())
                .update();
    }

    public void changeAccess(UserId id, PlatformRole role, boolean enabled) {
        jdbc.sql("""
                        update app_user
                           set platform_role = :role,
                               enabled = :enabled
                         where id = :id
                        """)
                .param("id", id.value())
                .param("role", role.name())
                .param("enabled", enabled)
                .update();
    }

    /** Enabled accounts that organize for at least one organization. */
    public long countOrganizers() {
        return jdbc.sql("""
                        select count(distinct m.user_id)
                          from membership m
                          join app_user u on u.id = m.user_id
                         where u.enabled
                        """)
                .query(Long.class)
                .single();
    }

    /** The addresses of every enabled administrator, e.g. for reports the operator must answer. */
    public List<String> adminEmails() {
        return jdbc.sql("""
                        select email
                          from app_user
                         where platform_role = 'ADMIN'
                           and enabled
                         order by email
                        """)
                .query(String.class)
                .list();
    }

    public long countAdmins() {
        return jdbc.sql("""
                        select count(*)
                          from app_user
                         where platform_role = 'ADMIN'
                           and enabled
                        """)
                .query(Long.class)
                .single();
    }

    public static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(
                new UserId(rs.getObject("id", UUID.class)),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                PlatformRole.valueOf(rs.getString("platform_role")),
                rs.getBoolean("enabled"),
                instant(rs, "created_at"));
    }
}
