package de.offenekommune.webhook.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One message to one endpoint and how its delivery went.
 *
 * @param status       {@code PENDING} (waiting for its first or next attempt), {@code DELIVERED} or {@code FAILED}
 * @param responseCode the HTTP status of the last answer, {@code null} when there was none
 */
public record WebhookDelivery(UUID id, UUID endpoint, String messageId, String eventType, String payload, String status,
        int attempts, Integer responseCode, String lastError, Instant createdAt, Instant nextAttemptAt,
        Instant lastAttemptAt) {
}
