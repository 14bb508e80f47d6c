package de.offenekommune.notification;

import java.time.Instant;
import java.util.UUID;

/** A queued, sent or captured mail as the outbox holds it. */
public record OutboxMail(UUID id, String template, String recipient, String subject, String text, String html,
        String attachmentName, String attachmentType, byte[] attachment, String status, int attempts,
        Instant createdAt, Instant sentAt) {
}
