package de.offenekommune.notification.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import de.offenekommune.notification.Mail;
import de.offenekommune.notification.MailContent;

/**
 * A mail's content as the outbox row keeps it until its bodies are rendered: the record with its class, so
 * that rendering after the commit, or when the mail is sent, gets the same typed record the caller built.
 */
@Component
public class StoredMailContent {

    private static final String OWN_PACKAGE = "de.offenekommune.";

    private final JsonMapper json;

    StoredMailContent(JsonMapper json) {
        this.json = json;
    }

    public String write(MailContent content) {
        ObjectNode stored = json.createObjectNode();
        stored.put("type", content.getClass().getName());
        stored.set("value", json.valueToTree(content));
        return json.writeValueAsString(stored);
    }

    public MailContent read(String stored) {
        JsonNode node = json.readTree(stored);
        return json.treeToValue(node.path("value"), type(node.path("type").asString()));
    }

    /** The mail again, without dedup key and attachment, which rendering does not need. */
    public Mail read(String recipient, String languageTag, String stored) {
        return new Mail(recipient, Locale.forLanguageTag(languageTag), read(stored), null, null);
    }

    /** Only the application's own mail records: the row must not decide which class is made. */
    private static Class<? extends MailContent> type(String name) {
        if (!name.startsWith(OWN_PACKAGE)) {
            throw new IllegalStateException("Not a mail content type: " + name);
        }
        Class<?> type;
        try {
            type = Class.forName(name, false, StoredMailContent.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Not a mail content type: " + name, e);
        }
        if (!MailContent.class.isAssignableFrom(type)) {
            throw new IllegalStateException("Not a mail content type: " + name);
        }
        return type.asSubclass(MailContent.class);
    }
}
