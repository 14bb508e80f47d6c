package de.offenekommune.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;

import de.offenekommune.platform.Violations;

/**
 * Problems of a submitted form, in the visitor's language, keyed by the form's field names; shown
 * as a summary at the top and next to each field.
 */
public final class FormErrors {

    public static final FormErrors NONE = new FormErrors(Map.of());

    private final Map<String, String> messages;

    private FormErrors(Map<String, String> messages) {
        this.messages = messages;
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
        return new FormErrors(messages);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** The message for a field, or {@code null}. */
    public String of(String field) {
        return messages.get(field);
    }

    /** All messages in the order of the form, for the summary. */
    public List<Map.Entry<String, String>> all() {
        return List.copyOf(messages.entrySet());
    }
}
