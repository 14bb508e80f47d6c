package de.offenekommune.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import de.offenekommune.platform.Violations;

class FormErrorsTests {

    @Test
    void the_summary_names_each_field_before_its_message_in_the_order_of_the_form() {
        // GIVEN
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("NotBlank", Locale.GERMAN, "Bitte füllen Sie dieses Feld aus.");
        messages.addMessage("Email", Locale.GERMAN, "Bitte geben Sie eine gültige E-Mail-Adresse ein.");
        messages.addMessage("label.description", Locale.GERMAN, "Was funktioniert nicht?");
        messages.addMessage("label.email", Locale.GERMAN, "Ihre E-Mail-Adresse");
        Violations violations = new Violations();
        violations.add("email", "Email");
        violations.add("description", "NotBlank");

        // WHEN
        FormErrors errors = FormErrors.of(violations, field -> field, messages, Locale.GERMAN)
                .labelled(FormErrors.fields("description", "label.description", "email", "label.email"), messages,
                        Locale.GERMAN);

        // THEN a label that asks a question is not followed by a colon
        assertThat(errors.all()).extracting(java.util.Map.Entry::getValue).containsExactly(
                "Was funktioniert nicht? Bitte füllen Sie dieses Feld aus.",
                "Ihre E-Mail-Adresse: Bitte geben Sie eine gültige E-Mail-Adresse ein.");
        assertThat(errors.of("description")).isEqualTo("Bitte füllen Sie dieses Feld aus.");
    }
}
