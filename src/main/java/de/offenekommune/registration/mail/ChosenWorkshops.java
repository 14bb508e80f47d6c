package de.offenekommune.registration.mail;

import java.util.List;

/**
 * The workshops a person chose, as their mails list them, already in their language: each with its time and
 * room and whether they have a place or where they stand on its waitlist.
 *
 * @param workshops      in programme order; empty when they chose none, and then the mails say nothing of workshops
 * @param waitingForSeat whether they wait for a seat at the event itself: workshop places come only with one
 * @param changeUrl      their personal page, where they change the choice; empty while they cannot yet (their
 *                       address is not confirmed)
 */
public record ChosenWorkshops(List<Workshop> workshops, boolean waitingForSeat, String changeUrl) {

    /** For someone who chose no workshop. */
    public static final ChosenWorkshops NONE = new ChosenWorkshops(List.of(), false, "");

    public ChosenWorkshops {
        workshops = List.copyOf(workshops);
    }

    /**
     * @param when     start and end in the event's time zone, as the mail gives the event's time
     * @param room     the room's name; empty when the programme names none
     * @param position the place on the workshop's waitlist, or 0 for a place in it
     */
    public record Workshop(String title, String when, String room, int position) {
    }
}
