package de.offenekommune.barcamp.web;

import java.util.Arrays;
import java.util.Map;

import de.offenekommune.barcamp.ProposalFormat;
import de.offenekommune.barcamp.ProposalInput;
import de.offenekommune.platform.web.FormErrors;

/**
 * The proposal form exactly as submitted, so that whatever was typed can be shown again.
 *
 * @param stamp   signed time the form was shown (see {@code FormStamps})
 * @param website honeypot: invisible to people, filled in by many bots
 */
public record ProposalForm(String title, String format, String description, String name, String email, String stamp,
        String website) {

    public static ProposalForm blank(String name) {
        return new ProposalForm("", null, "", name, "", null, null);
    }

    ProposalInput toInput() {
        ProposalFormat chosen = Arrays.stream(ProposalFormat.values())
                .filter(each -> each.name().equals(format))
                .findFirst().orElse(null);
        return new ProposalInput(title, description, chosen, name, email);
    }

    /** The form's fields from top to bottom with their labels, for the error summary. */
    static final Map<String, String> FIELDS = FormErrors.fields("title", "barcamp.form.title", "format",
            "barcamp.form.format", "description", "barcamp.form.description", "name", "barcamp.form.name", "email",
            "barcamp.form.email");
}
