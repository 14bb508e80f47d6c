package de.offenekommune.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One mail to one person, described by template and model; the outbox renders it.
 *
 * @param template    name of the templates {@code mail/<template>.jte} (HTML) and {@code jte-text/mail/<template>.jte}
 *                    (plain text), e.g. {@code registration_confirmed_to_registrant}; the subject is the message
 *                    {@code mail.<template>.subject}
 * @param subjectArgs arguments of the subject message
 * @param model       template parameters besides {@code mail}
 * @param dedupKey    a mail with a key already queued is not queued again; {@code null} for none
 * @param reference   what the mail is about, e.g. {@code registration:<id>}, so that {@link Outbox#forget} can
 *                    erase it together with that thing; {@code null} for none
 */
public record Mail(String recipient, Locale locale, String template, List<Object> subjectArgs,
        Map<String, Object> model, MailAttachment attachment, String dedupKey, String reference) {

    public Mail {
        subjectArgs = List.copyOf(subjectArgs);
        model = Map.copyOf(model);
    }

    public Mail(String recipient, Locale locale, String template, List<Object> subjectArgs, Map<String, Object> model,
            MailAttachment attachment, String dedupKey) {
        this(recipient, locale, template, subjectArgs, model, attachment, dedupKey, null);
    }

    /** The same mail, erased with {@code reference} (see {@link Outbox#forget}). */
    public Mail about(String reference) {
        return new Mail(recipient, locale, template, subjectArgs, model, attachment, dedupKey, reference);
    }
}
