package de.offenekommune.event;

/** A plain link such as the event's Facebook page or the organizer's Twitter account; never an embed. */
public record EventLink(String label, String url) {
}
