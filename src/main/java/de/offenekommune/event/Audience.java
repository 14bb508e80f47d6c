package de.offenekommune.event;

/** Whom an event addresses. */
public enum Audience {
    CITIZENS, POLITICIANS, ADMINISTRATION, RESEARCH, BUSINESS, CIVIL_SOCIETY, YOUTH, SENIORS, MEDIA;

    public String messageKey() {
        return "event.audience." + name();
    }
}
