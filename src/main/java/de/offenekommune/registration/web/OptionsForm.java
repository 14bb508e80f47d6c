package de.offenekommune.registration.web;

import de.offenekommune.platform.InputText;
import de.offenekommune.platform.Violations;
import de.offenekommune.registration.RegistrationOptions;

/** The organizer's registration settings form, kept as typed. */
public record OptionsForm(String maxCompanions, String question, String questionRequired, String consentText) {

    static OptionsForm of(RegistrationOptions options) {
        return new OptionsForm(String.valueOf(options.maxCompanions()), options.question() == null ? "" : options.question(),
                String.valueOf(options.questionRequired()), options.consentText() == null ? "" : options.consentText());
    }

    RegistrationOptions toOptions(Violations violations) {
        int max = 0;
        String text = maxCompanions == null ? "" : maxCompanions.strip();
        if (!text.isEmpty()) {
            try {
                max = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                violations.add("maxCompanions", "typeMismatch.java.lang.Integer");
            }
        }
        return new RegistrationOptions(max, InputText.singleLine(question), "true".equals(questionRequired),
                InputText.multiLine(consentText));
    }
}
