package de.offenekommune.registration;

import java.util.Optional;

/**
 * What another capability offers a participant on their personal page, such as proposing barcamp
 * sessions: a link that carries the personal token, so the participant need not confirm their address again.
 */
public interface PersonalPageLink {

    /** @param labelKey message of the link's text */
    record Offer(String href, String labelKey) {
    }

    /** @return the offer for this registration, or empty when there is none for it */
    Optional<Offer> offer(PersonalRegistration registration, String token);
}
