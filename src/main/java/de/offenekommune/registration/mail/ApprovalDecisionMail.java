package de.offenekommune.registration.mail;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import de.offenekommune.notification.InlineImage;
import de.offenekommune.notification.MailContext;

/**
 * The organizers accepted or declined a registration request.
 *
 * @param position    the place on the waitlist of an accepted person without a seat, else 0
 * @param personalUrl the personal page of an accepted person, empty when declined
 * @param message     the organizer's words to the person, empty for none
 * @param checkInCode the code to show at the door, for an accepted person with a seat; else {@code null}
 * @param workshops   the workshops the person chose, with their places; {@link ChosenWorkshops#NONE} for none
 */
public record ApprovalDecisionMail(EventFacts event, String name, boolean accepted, int position, String personalUrl,
        String message, @Nullable String checkInCode, ChosenWorkshops workshops)
        implements ParticipantMail {

    /** A mail queued before it listed workshops reads back without them. */
    public ApprovalDecisionMail {
        workshops = Objects.requireNonNullElse(workshops, ChosenWorkshops.NONE);
    }

    @Override
    public String template() {
        return "registration/mail/approval_decision_to_registrant";
    }

    @Override
    public @Nullable InlineImage inlineImage() {
        return CheckInCodeImage.of(checkInCode);
    }

    /** The subject says the decision. */
    @Override
    public List<Object> subjectArgs(MailContext mail) {
        return List.of(mail.t(accepted ? "mail.approval_decision_to_registrant.subjectAccepted"
                : "mail.approval_decision_to_registrant.subjectDeclined"), event.title());
    }
}
