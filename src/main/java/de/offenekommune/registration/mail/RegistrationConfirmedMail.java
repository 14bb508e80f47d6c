package de.offenekommune.registration.mail;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import de.offenekommune.notification.InlineImage;

/**
 * The address is confirmed.
 *
 * @param position    the place on the waitlist, or 0 for a seat
 * @param checkInCode the code to show at the door, for a seat; {@code null} on the waitlist
 * @param workshops   the workshops the person chose, with their places; {@link ChosenWorkshops#NONE} for none
 */
public record RegistrationConfirmedMail(EventFacts event, String name, String personalUrl, int position,
        @Nullable String checkInCode, ChosenWorkshops workshops)
        implements ParticipantMail {

    /** A mail queued before it listed workshops reads back without them. */
    public RegistrationConfirmedMail {
        workshops = Objects.requireNonNullElse(workshops, ChosenWorkshops.NONE);
    }

    @Override
    public String template() {
        return "registration/mail/registration_confirmed_to_registrant";
    }

    @Override
    public @Nullable InlineImage inlineImage() {
        return CheckInCodeImage.of(checkInCode);
    }
}
