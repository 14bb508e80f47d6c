package de.offenekommune.event;

/** Whether people come to a place, join online, or either. */
public enum AttendanceMode {
    IN_PERSON, ONLINE, HYBRID;

    public boolean hasVenue() {
        return this != ONLINE;
    }

    public boolean isOnline() {
        return this != IN_PERSON;
    }

    public String messageKey() {
        return "event.attendance." + name();
    }
}
