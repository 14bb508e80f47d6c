package de.offenekommune.account;

/**
 * What a user may do beyond the organizations they belong to.
 */
public enum PlatformRole {

    /** Organizer or plain user: rights come from organization memberships only. */
    USER,

    /** May moderate public content across the platform. */
    MODERATOR,

    /** May manage organizations, users and all events. */
    ADMIN
}
