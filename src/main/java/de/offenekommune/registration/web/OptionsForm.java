package de.offenekommune.registration.web;

import java.util.List;

import de.offenekommune.platform.InputText;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.web.Option;
import de.offenekommune.platform.web.PageContext;
import de.offenekommune.registration.internal.RegistrationOptions;

/** The organizer's registration settings form, kept as typed. */
public record OptionsForm(String maxCompanions, String question, String questionRequired, String consentText,
        String reminderHours) {

    static OptionsForm of(RegistrationOptions options) {
        return new OptionsForm(String.valueOf(options.maxCompanions()), options.question() == null ? "" : options.question(),
                String.valueOf(options.questionRequired()), options.consentText() == null ? "" : options.consentText(),
                String.valueOf(options.reminderHours()));
    }

    /** The reminder choices, labelled in the organizer's language ("1 Tag vorher", "Keine Erinnerung"). */
    public static List<Option> reminderChoices(PageContext ctx) {
        return RegistrationOptions.REMINDER_CHOICES.stream()
                .map(hours -> new Option(String.valueOf(hours), hours == 0 ? ctx.t("registration.settings.reminderOff")
                        : hours % 24 == 0 ? ctx.t("registration.settings.reminderDays", hours / 24)
                        : ctx.t("registration.settings.reminderHours", hours)))
                .toList();
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
        int reminder = RegistrationOptions.DEFAULT_REMINDER_HOURS;
        if (reminderHours != null && !reminderHours.isBlank()) {
            try {
                reminder = Integer.parseInt(reminderHours.strip());
            } catch (NumberFormatException e) {
                violations.add("reminderHours", "registration.settings.reminderInvalid");
            }
        }
        return new RegistrationOptions(max, InputText.singleLine(question), "true".equals(questionRequired),
                InputText.multiLine(consentText), reminder);
    }
}
