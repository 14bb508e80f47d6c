package de.offenekommune.event;

/** Whom to ask about the event. Published on the event page, so only what the organizer chooses. */
public record Contact(String name, String email, String phone) {

    public static final Contact NONE = new Contact(null, null, null);

    public boolean isEmpty() {
        return name == null && email == null && phone == null;
    }
}
