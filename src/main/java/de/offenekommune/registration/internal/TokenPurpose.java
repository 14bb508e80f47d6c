package de.offenekommune.registration.internal;

/** What a personal link may do. */
public enum TokenPurpose {
    /** Confirms the address once; expires with the confirmation time. */
    CONFIRM,
    /** Opens the personal page: view, cancel, delete the data. */
    MANAGE
}
