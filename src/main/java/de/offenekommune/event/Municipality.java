package de.offenekommune.event;

import java.util.Optional;

import de.offenekommune.platform.FederalState;

/**
 * The Kommune an event belongs to, with its official key (Amtlicher Gemeindeschlüssel).
 *
 * @param ags eight digits, e.g. {@code 05124000} for Wuppertal; may be {@code null}
 */
public record Municipality(String name, String ags) {

    public static final Municipality NONE = new Municipality(null, null);

    public Optional<FederalState> state() {
        return FederalState.ofAgs(ags);
    }

    /** "Wuppertal (05124000)", as organizers pick it in the editor; the name alone without a key. */
    public String nameWithKey() {
        return name == null || ags == null ? name : name + " (" + ags + ")";
    }
}
