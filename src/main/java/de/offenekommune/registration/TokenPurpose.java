package de.offenekommune.registration;

/** What a personal link may do. */
enum TokenPurpose {
    /** Confirms the address once; expires with the confirmation time. */
    CONFIRM,
    /** Opens the personal page: view, cancel, delete the data. */
    MANAGE
}
