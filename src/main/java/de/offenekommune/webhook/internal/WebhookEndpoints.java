package de.offenekommune.webhook.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.account.OrganizationId;

@Repository
class WebhookEndpoints {

    private static final String COLUMNS = """
            select id, organization_id, url, description, secret, created_at
              from webhook_endpoint
            """;

    private final JdbcClient jdbc;

    WebhookEndpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WebhookEndpoint endpoint) {
        jdbc.sql("""
                        insert into webhook_endpoint (id, organization_id, url, description, secret, created_at)
                        values (:id, :organization, :url, :description, :secret, :createdAt)
                        """)
                .param("id", endpoint.id())
                .param("organization", endpoint.organization() == null ? null : endpoint.organization().value())
                .param("url", endpoint.url())
                .param("description", endpoint.description())
                .param("secret", endpoint.secret())
                .param("createdAt", OffsetDateTime.ofInstant(endpoint.createdAt(), ZoneOffset.UTC))
                .update();
    }

    boolean delete(UUID id) {
        return jdbc.sql("""
                        delete from webhook_endpoint
                         where id = :id
                        """)
                .param("id", id)
                .update() == 1;
    }

    public Optional<WebhookEndpoint> findById(UUID id) {
        return jdbc.sql(COLUMNS + """
                         where id = :id
                        """)
                .param("id", id)
                .query(WebhookEndpoints::map)
                .optional();
    }

    /** The endpoints of these organizations, oldest first. */
    public List<WebhookEndpoint> findByOrganizations(Collection<OrganizationId> organizations) {
        if (organizations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + """
                         where organization_id = any(:organizations)
                         order by created_at, id
                        """)
                .param("organizations", organizations.stream().map(OrganizationId::value).toArray(UUID[]::new))
                .query(WebhookEndpoints::map)
                .list();
    }

    public List<WebhookEndpoint> findPlatformWide() {
        return jdbc.sql(COLUMNS + """
                         where organization_id is null
                         order by created_at, id
                        """)
                .query(WebhookEndpoints::map)
                .list();
    }

    /** Who hears of an event of this organization: its own endpoints and the platform-wide ones. */
    List<WebhookEndpoint> findListeningTo(OrganizationId organization) {
        return jdbc.sql(COLUMNS + """
                         where organization_id = :organization
                            or organization_id is null
                        """)
                .param("organization", organization.value())
                .query(WebhookEndpoints::map)
                .list();
    }

    private static WebhookEndpoint map(ResultSet rs, int row) throws SQLException {
        UUID organization = rs.getObject("organization_id", UUID.class);
        return new WebhookEndpoint(rs.getObject("id", UUID.class),
                organization == null ? null : new OrganizationId(organization), rs.getString("url"),
                rs.getString("description"), rs.getString("secret"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
