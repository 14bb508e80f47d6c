package de.offenekommune.registration.api;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** Whether and how people can register for an event now. */
@Schema(name = "RegistrationAvailability")
record AvailabilityResource(
        @Schema(description = "NONE, EXTERNAL, NOT_YET_OPEN, OPEN, FULL (registrations go on the waitlist) or CLOSED") String status,
        @Schema(description = "Places in total; absent without a limit") Integer capacity,
        @Schema(description = "Free places; absent without a limit") Integer freePlaces,
        boolean waitlist,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        int maxCompanions,
        String question,
        boolean questionRequired,
        @Schema(description = "The consent the person must agree to, in the requested language") String consentText,
        @Schema(description = "The external registration page for EXTERNAL") String registrationUrl,
        @Schema(description = "The registration form on this platform") String formUrl,
        @Schema(description = "Whether the organizers accept or decline each registration; until then it holds no place")
        boolean approvalRequired,
        @Schema(description = "The organizer's questions on the form, in their order; answers go into answers by question id")
        java.util.List<QuestionResource> questions) {
}
