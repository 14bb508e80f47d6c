package de.offenekommune.event;

import de.offenekommune.platform.FederalState;

/**
 * A Kommune in the platform's register, for organizers to pick.
 *
 * @param ags      the eight-digit official key (Amtlicher Gemeindeschlüssel)
 * @param district the Kreis it belongs to, e.g. "Kreis Mettmann"; {@code null} for a kreisfreie Stadt
 */
public record RegisteredMunicipality(String ags, String name, String district, FederalState state) {

    public Municipality toMunicipality() {
        return new Municipality(name, ags);
    }
}
