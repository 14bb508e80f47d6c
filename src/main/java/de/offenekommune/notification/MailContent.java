package de.offenekommune.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What rendering a mail needs, as the outbox row keeps it until its bodies are rendered: the subject
 * arguments and template parameters, each with its type, so that a template gets what it declares.
 */
@Component
class MailContent {

    private final JsonMapper json;

    MailContent(JsonMapper json) {
        this.json = json;
    }

    String write(Mail mail) {
        ObjectNode content = json.createObjectNode();
        mail.subjectArgs().forEach(argument -> content.withArray("subjectArgs").add(typed(argument)));
        ObjectNode model = content.putObject("model");
        mail.model().forEach((name, value) -> model.set(name, typed(value)));
        return json.writeValueAsString(content);
    }

    /** The mail again, without dedup key and attachment, which rendering does not need. */
    Mail read(String recipient, String languageTag, String template, String stored) {
        JsonNode content = json.readTree(stored);
        List<Object> subjectArgs = new ArrayList<>();
        content.path("subjectArgs").forEach(argument -> subjectArgs.add(value(argument)));
        Map<String, Object> model = new LinkedHashMap<>();
        content.path("model").properties().forEach(entry -> model.put(entry.getKey(), value(entry.getValue())));
        return new Mail(recipient, Locale.forLanguageTag(languageTag), template, subjectArgs, model, null, null);
    }

    private ObjectNode typed(Object value) {
        ObjectNode node = json.createObjectNode();
        node.put("type", value instanceof List ? List.class.getName() : value.getClass().getName());
        node.set("value", json.valueToTree(value));
        return node;
    }

    private Object value(JsonNode node) {
        String type = node.path("type").asString();
        // Only the application's own types and plain values: the row decides which class is made.
        if (!type.startsWith("java.lang.") && !type.equals(List.class.getName()) && !type.startsWith("de.offenekommune.")) {
            throw new IllegalStateException("Not a mail parameter type: " + type);
        }
        try {
            return json.treeToValue(node.path("value"), Class.forName(type));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Not a mail parameter type: " + type, e);
        }
    }
}
