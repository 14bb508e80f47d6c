package de.offenekommune.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Organizations {

    private static final String COLUMNS = """
            select o.id, o.slug, o.name, o.kind, o.tagline, o.website_url, o.ags
              from organization o
            """;

    private final JdbcClient jdbc;

    Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organization> findById(OrganizationId id) {
        return jdbc.sql(COLUMNS + """
                         where o.id = :id
                        """)
                .param("id", id.value())
                .query(Organizations::map)
                .optional();
    }

    public Optional<Organization> findBySlug(String slug) {
        return jdbc.sql(COLUMNS + """
                         where o.slug = :slug
                        """)
                .param("slug", slug)
                .query(Organizations::map)
                .optional();
    }

    public List<Organization> findAllById(Collection<OrganizationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + """
                         where o.id = any(:ids)
                        """)
                .param("ids", ids.stream().map(OrganizationId::value).toArray(UUID[]::new))
                .query(Organizations::map)
                .list();
    }

    public List<Organization> findAll() {
        return jdbc.sql(COLUMNS + """
                         order by lower(o.name)
                        """)
                .query(Organizations::map)
                .list();
    }

    public List<Organization> findByMember(UserId user) {
        return jdbc.sql(COLUMNS + """
                          join membership m on m.organization_id = o.id
                         where m.user_id = :user
                         order by lower(o.name)
                        """)
                .param("user", user.value())
                .query(Organizations::map)
                .list();
    }

    public List<String> findMemberEmails(OrganizationId organization) {
        return jdbc.sql("""
                        select u.email
                          from membership m
                          join app_user u on u.id = m.user_id
                         where m.organization_id = :organization
                           and u.enabled
                         order by lower(u.email)
                        """)
                .param("organization", organization.value())
                .query(String.class)
                .list();
    }

    public boolean isMember(UserId user, OrganizationId organization) {
        return jdbc.sql("""
                        select exists (
                            select 1
                              from membership
                             where user_id = :user
                               and organization_id = :organization)
                        """)
                .param("user", user.value())
                .param("organization", organization.value())
                .query(Boolean.class)
                .single();
    }

    /** @return {@code false} when the slug is already taken */
    public boolean create(Organization organization) {
        return jdbc.sql("""
                        insert into organization (id, slug, name, kind, tagline, website_url, ags)
                        values (:id, :slug, :name, :kind, :tagline, :websiteUrl, :ags)
                        on conflict (slug) do nothing
                        """)
                .param("id", organization.id().value())
                .param("slug", organization.slug())
                .param("name", organization.name())
                .param("kind", organization.kind().name())
                .param("tagline", organization.tagline())
                .param("websiteUrl", organization.websiteUrl())
                .param("ags", organization.ags())
                .update() == 1;
    }

    public void addMember(OrganizationId organization, UserId user) {
        jdbc.sql("""
                        insert into membership (user_id, organization_id)
                        values (:user, :organization)
                        on conflict do nothing
                        """)
                .param("user", user.value())
                .param("organization", organization.value())
                .update();
    }

    public void removeMember(OrganizationId organization, UserId user) {
        jdbc.sql("""
                        delete from membership
                         where user_id = :user
                           and organization_id = :organization
                        """)
                .param("user", user.value())
                .param("organization", organization.value())
                .update();
    }

    private static Organization map(ResultSet rs, int row) throws SQLException {
        return new Organization(
                new OrganizationId(rs.getObject("id", UUID.class)),
                rs.getString("slug"),
                rs.getString("name"),
                OrganizationKind.valueOf(rs.getString("kind")),
                rs.getString("tagline"),
                rs.getString("website_url"),
                rs.getString("ags"));
    }
}
