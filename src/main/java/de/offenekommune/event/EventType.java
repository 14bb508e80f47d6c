package de.offenekommune.event;

/** What kind of event an invitation announces. */
public enum EventType {
    CONFERENCE, WORKSHOP, BARCAMP, CITIZENS_ASSEMBLY, INFORMATION_EVENT, COUNCIL_MEETING, ONLINE_DIALOGUE, OTHER;

    public String messageKey() {
        return "event.type." + name();
    }
}
