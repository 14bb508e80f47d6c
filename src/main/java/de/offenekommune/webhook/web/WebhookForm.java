package de.offenekommune.webhook.web;

import java.util.UUID;

import de.offenekommune.account.OrganizationId;

/** The form that registers an endpoint; {@code organization} is empty in the admin area (platform-wide). */
public record WebhookForm(String organization, String url, String description) {

    static WebhookForm blank() {
        return new WebhookForm(null, "", "");
    }

    OrganizationId organizationId() {
        if (organization == null || organization.isBlank()) {
            return null;
        }
        try {
            return new OrganizationId(UUID.fromString(organization.strip()));
        } catch (IllegalArgumentException e) {
            return new OrganizationId(new UUID(0, 0));
        }
    }
}
