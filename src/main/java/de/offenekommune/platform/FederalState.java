package de.offenekommune.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sixteen Länder with the two-digit prefix they give every official municipality key (AGS).
 */
public enum FederalState {

    SCHLESWIG_HOLSTEIN("01"),
    HAMBURG("02"),
    NIEDERSACHSEN("03"),
    BREMEN("04"),
    NORDRHEIN_WESTFALEN("05"),
    HESSEN("06"),
    RHEINLAND_PFALZ("07"),
    BADEN_WUERTTEMBERG("08"),
    BAYERN("09"),
    SAARLAND("10"),
    BERLIN("11"),
    BRANDENBURG("12"),
    MECKLENBURG_VORPOMMERN("13"),
    SACHSEN("14"),
    SACHSEN_ANHALT("15"),
    THUERINGEN("16");

    private final String agsPrefix;

    FederalState(String agsPrefix) {
        this.agsPrefix = agsPrefix;
    }

    public String agsPrefix() {
        return agsPrefix;
    }

    /** The state an eight-digit AGS belongs to. */
    public static Optional<FederalState> ofAgs(String ags) {
        if (ags == null || ags.length() < 2) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(state -> ags.startsWith(state.agsPrefix)).findFirst();
    }

    /** Message key of the state's name. */
    public String messageKey() {
        return "state." + name();
    }
}
