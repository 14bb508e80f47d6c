package de.offenekommune.webhook.internal;

import java.time.Instant;
import java.util.UUID;

import de.offenekommune.account.OrganizationId;

/**
 * An address that receives webhooks.
 *
 * @param organization whose events it receives, or {@code null} for all events of the platform
 */
public record WebhookEndpoint(UUID id, OrganizationId organization, String url, String description, String secret,
        Instant createdAt) {

    public boolean isPlatformWide() {
        return organization == null;
    }
}
