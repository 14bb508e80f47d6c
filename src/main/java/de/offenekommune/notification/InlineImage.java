package de.offenekommune.notification;

/**
 * A picture shown inside an HTML mail, which refers to it as {@code cid:<contentId>}; sent as a related part
 * of the mail, so mail programs show it without loading anything from the web.
 */
public record InlineImage(String contentId, String contentType, byte[] content) {
}
