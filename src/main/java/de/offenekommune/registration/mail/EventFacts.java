package de.offenekommune.registration.mail;

/**
 * What a mail tells about the event, already in the recipient's language.
 *
 * @param where the venue in one line, or "online"; {@code null} when unknown
 */
public record EventFacts(String title, String when, String where, String url) {
}
