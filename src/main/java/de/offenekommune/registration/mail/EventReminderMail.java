package de.offenekommune.registration.mail;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import de.offenekommune.notification.InlineImage;

/**
 * The event is near: its time and place again, with the calendar file and the link to give the place back.
 *
 * @param directions  the organizer's directions to the venue; empty when there are none
 * @param cancelUrl   the personal link that cancels the registration (after a question)
 * @param position    the place on the waitlist, or 0 for someone with a seat
 * @param checkInCode the code to show at the door, for a seat; {@code null} on the waitlist
 * @param workshops   the workshops the person chose, with their places; {@link ChosenWorkshops#NONE} for none
 */
public record EventReminderMail(EventFacts event, String name, String directions, String personalUrl,
        String cancelUrl, int position, @Nullable String checkInCode, ChosenWorkshops workshops)
        implements ParticipantMail {

    /** A mail queued before it listed workshops reads back without them. */
    public EventReminderMail {
        workshops = Objects.requireNonNullElse(workshops, ChosenWorkshops.NONE);
    }

    @Override
    public String template() {
        return "registration/mail/event_reminder_to_participant";
    }

    @Override
    public @Nullable InlineImage inlineImage() {
        return CheckInCodeImage.of(checkInCode);
    }
}
