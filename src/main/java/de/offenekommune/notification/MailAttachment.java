package de.offenekommune.notification;

/** A file sent along, e.g. {@code veranstaltung.ics} as {@code text/calendar}. */
public record MailAttachment(String filename, String contentType, byte[] content) {
}
