package de.offenekommune.notification;

import java.util.Locale;
import java.util.Objects;

/**
 * One mail to one person; the outbox renders it.
 *
 * @param content   what the mail says: one record per kind of mail
 * @param dedupKey  a mail with a key already queued is not queued again; {@code null} for none
 * @param reference what the mail is about, e.g. {@code registration:<id>}, so that {@link Outbox#forget} can
 *                  erase it together with that thing; {@code null} for none
 */
public record Mail(String recipient, Locale locale, MailContent content, MailAttachment attachment, String dedupKey,
        String reference) {

    public Mail {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(content, "content");
    }

    public Mail(String recipient, Locale locale, MailContent content, MailAttachment attachment, String dedupKey) {
        this(recipient, locale, content, attachment, dedupKey, null);
    }

    /** The same mail, erased with {@code reference} (see {@link Outbox#forget}). */
    public Mail about(String reference) {
        return new Mail(recipient, locale, content, attachment, dedupKey, reference);
    }
}
