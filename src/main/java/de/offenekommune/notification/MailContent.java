package de.offenekommune.notification;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * What one kind of mail says, as a record of exactly the values its templates show; each capability keeps
 * such records and their templates together. The templates are {@code <template>.jte} under {@code src/main/jte}
 * (HTML) and under {@code src/main/jte-text} (plain text), each with the parameters {@code MailContext mail} and
 * the record itself as {@code model}: a template that reads a value the record lacks does not compile, nor does a
 * caller that leaves a value out. The outbox keeps the record as JSON until it renders it after the commit (see
 * {@code StoredMailContent}), so its values must read back through Jackson as they were.
 */
public interface MailContent {

    /** Where the templates are, e.g. {@code registration/mail/registration_confirmed_to_registrant}. */
    String template();

    /** The arguments of the subject message {@code mail.<templateName>.subject}. */
    List<Object> subjectArgs(MailContext mail);

    /**
     * The mail's name by event and audience, e.g. {@code registration_confirmed_to_registrant}: the outbox
     * records it, and the subject is the message {@code mail.<templateName>.subject}. (Not {@code name()}: a
     * record's component of that name would take its place.)
     */
    default String templateName() {
        return template().substring(template().lastIndexOf('/') + 1);
    }

    /**
     * A picture the HTML body shows as {@code cid:<contentId>}, made when the mail is rendered (after the
     * commit that queued it); {@code null} for none.
     */
    default @Nullable InlineImage inlineImage() {
        return null;
    }
}
