package de.offenekommune.registration.mail;

/**
 * The event is near: its time and place again, with the calendar file and the link to give the place back.
 *
 * @param directions the organizer's directions to the venue; empty when there are none
 * @param cancelUrl  the personal link that cancels the registration (after a question)
 * @param position   the place on the waitlist, or 0 for someone with a seat
 */
public record EventReminderMail(EventFacts event, String name, String directions, String personalUrl,
        String cancelUrl, int position) implements ParticipantMail {

    @Override
    public String template() {
        return "registration/mail/event_reminder_to_participant";
    }
}
