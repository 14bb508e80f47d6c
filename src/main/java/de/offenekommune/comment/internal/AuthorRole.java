package de.offenekommune.comment.internal;

/** Marks comments written by people who speak for the event or the platform, so readers can tell. */
public enum AuthorRole {
    ORGANIZER, MODERATOR;

    public String messageKey() {
        return "comment.role." + name();
    }
}
