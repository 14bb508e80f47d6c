package de.offenekommune.registration.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.offenekommune.registration.internal.AnswersInput;
import de.offenekommune.registration.internal.RegistrationInput;
import io.swagger.v3.oas.annotations.media.Schema;

/** A registration sent by a CMS or another client; the same rules as the form apply. */
@Schema(name = "RegistrationRequest")
record RegistrationPayload(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "Erika Mustermann") String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 254, example = "erika@example.org") String email,
        @Schema(maxLength = 200, example = "Stadtteilverein Barmen") String organization,
        @Schema(description = "People coming along, at most the event's limit (see maxCompanions)", example = "0") Integer companions,
        @Schema(description = "Answer to the organizer's question, if the event asks one", maxLength = 2000) String answer,
        @Schema(description = "Support needed, e.g. sign language; stored only for this purpose", maxLength = 2000) String accessibilityNeeds,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The person agreed to the consent text (see consentText)") Boolean consent,
        @Schema(description = "Language of the mails: de or en (anything else is refused with 422); without it, Accept-Language decides, German by default", allowableValues = {"de", "en"}) String language,
        @Schema(description = "Ids of the chosen workshops (programme sessions with places, see placesLeft in the programme), at most one per time slot; with a seat at the event, a place in each while one is left, else a place on its waiting list") List<String> workshops,
        @Schema(description = "Answers to the event's questions by question id (see questions); one value each, several for SEVERAL_CHOICES, yes or no for YES_NO")
        Map<String, List<String>> answers,
        @Schema(description = "The person explicitly agreed that their answers to specialCategory questions (Art. 9 GDPR) are processed; required when they answer one")
        Boolean specialCategoryConsent) {

    RegistrationInput toInput(Locale requestLocale, String idempotencyKey) {
        return new RegistrationInput(name, email, organization, companions == null ? null : companions.toString(), answer,
                accessibilityNeeds, Boolean.TRUE.equals(consent), requestLocale, idempotencyKey, language, workshops,
                new AnswersInput(answers == null ? Map.of() : answers, Boolean.TRUE.equals(specialCategoryConsent)));
    }
}
