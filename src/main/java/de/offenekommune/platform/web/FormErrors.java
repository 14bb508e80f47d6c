package de.offenekommune.platform.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import de.offenekommune.platform.Violations;

/**
 * Problems of a submitted form, in the visitor's language, keyed by the form's field names; shown
 * as a summary at the top and next to each field.
 */
public final class FormErrors {

    public static final FormErrors NONE = new FormErrors(Map.of(), Map.of());

    private final Map<String, String> messages;
    private final Map<String, String> summary;

    private FormErrors(Map<String, String> messages, Map<String, String> summary) {
        this.messages = messages;
        this.summary = summary;
    }

    /**
     * @param fieldNames turns a violation's field path into the name of the form field showing it
     */
    public static FormErrors of(Violations violations, UnaryOperator<String> fieldNames, MessageSource source,
            Locale locale) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (Violations.Violation violation : violations.list()) {
            String field = fieldNames.apply(violation.field());
            String message = source.getMessage(violation.code(), violation.args().length == 0 ? null : violation.args(),
                    locale);
            messages.putIfAbsent(field, message);
        }
        return new FormErrors(messages, messages);
    }

    /**
     * The same errors whose summary names each field, so that every link there makes sense on its own
     * ("Titel: Bitte füllen Sie dieses Feld aus."), in the order of the fields in the form.
     *
     * @param labels the visible label of a field, or {@code null} where the message speaks for itself
     * @param formOrder the position of a field in the form; fields it does not know come last
     */
    public FormErrors labelled(Function<String, String> labels, Function<String, Integer> formOrder) {
        Map<String, String> labelled = new LinkedHashMap<>();
        messages.entrySet().stream()
                .sorted(Comparator.comparing(entry -> formOrder.apply(entry.getKey())))
                .forEach(entry -> {
                    String label = labels.apply(entry.getKey());
                    labelled.put(entry.getKey(), label == null ? entry.getValue() : prefix(label) + entry.getValue());
                });
        return new FormErrors(messages, labelled);
    }

    /** "E-Mail-Adresse: …", but "Was funktioniert nicht? …": a label that ends in a question needs no colon. */
    private static String prefix(String label) {
        return label.endsWith("?") || label.endsWith(":") ? label + " " : label + ": ";
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** The message for a field, or {@code null}. */
    public @Nullable String of(String field) {
        return messages.get(field);
    }

    /**
     * {@link #labelled(Function, Function)} for a form whose fields are labelled by message keys.
     *
     * @param fields the form's fields from top to bottom, each with the message key of its label
     */
    public FormErrors labelled(Map<String, String> fields, MessageSource source, Locale locale) {
        List<String> order = List.copyOf(fields.keySet());
        return labelled(field -> fields.containsKey(field) ? source.getMessage(fields.get(field), null, locale) : null,
                field -> order.contains(field) ? order.indexOf(field) : Integer.MAX_VALUE);
    }

    /** Field names and the message keys of their labels, alternating, in the order of the form. */
    public static Map<String, String> fields(String... namesAndLabelKeys) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndLabelKeys.length; i += 2) {
            fields.put(namesAndLabelKeys[i], namesAndLabelKeys[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** All messages for the summary: by field name, in the order of the form where it is known. */
    public List<Map.Entry<String, String>> all() {
        return List.copyOf(summary.entrySet());
    }
}
