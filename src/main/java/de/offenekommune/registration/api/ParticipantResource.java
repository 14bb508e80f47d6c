package de.offenekommune.registration.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A registration as its organizers see it, with the answers to the form's questions. */
@Schema(name = "Participant")
record ParticipantResource(
        UUID id,
        @Schema(description = "PENDING_CONFIRMATION, CONFIRMED, WAITLISTED, PENDING_APPROVAL, CANCELLED, DECLINED or EXPIRED") String state,
        @Schema(description = "Absent once the personal data was deleted") String name,
        String email,
        String organization,
        int companions,
        @Schema(description = "Answer to the event's single free question of older events") String answer,
        String accessibilityNeeds,
        OffsetDateTime registeredAt,
        @Schema(description = "Answers to the form's questions, also of questions no longer on the form; gone after their retention") List<AnswerResource> answers) {

    /** One answer, marked when it is special-category data. */
    @Schema(name = "ParticipantAnswer")
    record AnswerResource(
            UUID question,
            String label,
            @Schema(description = "One value; several for SEVERAL_CHOICES; yes or no for YES_NO") List<String> values,
            @Schema(description = "Special-category data (Art. 9 GDPR), e.g. health: handle with particular care") boolean specialCategory) {
    }
}
