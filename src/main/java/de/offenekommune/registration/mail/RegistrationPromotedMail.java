package de.offenekommune.registration.mail;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import de.offenekommune.notification.InlineImage;

/**
 * A seat became free.
 *
 * @param link        confirms the address when {@code confirmNow}, else opens the personal page
 * @param checkInCode the code to show at the door once the seat is certain; {@code null} while the address waits
 *                    for confirmation
 * @param workshops   the workshops the person chose, with their places; {@link ChosenWorkshops#NONE} for none
 */
public record RegistrationPromotedMail(EventFacts event, String name, boolean confirmNow, String link, String confirmBy,
        @Nullable String checkInCode, ChosenWorkshops workshops)
        implements ParticipantMail {

    /** A mail queued before it listed workshops reads back without them. */
    public RegistrationPromotedMail {
        workshops = Objects.requireNonNullElse(workshops, ChosenWorkshops.NONE);
    }

    @Override
    public String template() {
        return "registration/mail/registration_promoted_to_registrant";
    }

    @Override
    public @Nullable InlineImage inlineImage() {
        return CheckInCodeImage.of(checkInCode);
    }
}
