package de.offenekommune.event;

/**
 * Where an event stands. Only drafts are hidden; a cancelled or postponed event stays visible so
 * that people who planned to come learn about it.
 */
public enum EventStatus {
    DRAFT, PUBLISHED, CANCELLED, POSTPONED;

    public boolean isPublic() {
        return this != DRAFT;
    }

    public String messageKey() {
        return "event.status." + name();
    }
}
