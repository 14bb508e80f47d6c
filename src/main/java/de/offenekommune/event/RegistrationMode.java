package de.offenekommune.event;

/** Whether and where people register for an event. */
public enum RegistrationMode {

    /** Just come. */
    NONE,
    /** Registration is requested ("Um Anmeldung wird gebeten"), not a condition. */
    REQUESTED,
    /** Only registered people can take part. */
    REQUIRED,
    /** Registration happens on another website. */
    EXTERNAL;

    public String messageKey() {
        return "event.registration." + name();
    }
}
