package de.offenekommune.notification.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A queued, sent or captured mail as the outbox holds it. Once a mail server took it (or it was given up
 * or forgotten), recipient, subject, bodies and attachment are {@code null}: only tracking data remains.
 */
public record OutboxMail(UUID id, String template, String recipient, String subject, String text, String html,
        String attachmentName, String attachmentType, byte[] attachment, String status, int attempts,
        Instant createdAt, Instant sentAt, String reference, String lastError) {
}
