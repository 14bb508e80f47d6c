package de.offenekommune.event;

import java.util.Optional;

import de.offenekommune.platform.FederalState;

/**
 * A Kommune that public events name, with how many of them have not ended.
 *
 * @param ags  the eight-digit official key
 * @param name the name most events give it
 */
public record MunicipalityEntry(String ags, String name, long upcoming, long total) {

    /** The first five digits: the Kreis, or the kreisfreie Stadt itself. */
    public String district() {
        return ags.substring(0, 5);
    }

    /** A kreisfreie Stadt is its own district; its key ends in {@code 000}. */
    public boolean isDistrictFree() {
        return ags.endsWith("000");
    }

    public Optional<FederalState> state() {
        return FederalState.ofAgs(ags);
    }
}
