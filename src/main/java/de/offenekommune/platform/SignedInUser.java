package de.offenekommune.platform;

import java.util.UUID;

/**
 * What the page layout needs to know about the person who is logged in.
 */
public interface SignedInUser {

    UUID userId();

    String displayName();

    boolean isAdmin();
}
