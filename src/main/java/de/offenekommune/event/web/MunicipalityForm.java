package de.offenekommune.event.web;

import java.util.Arrays;
import java.util.Optional;

import de.offenekommune.event.RegisteredMunicipality;
import de.offenekommune.platform.FederalState;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.Violations;

/** A municipality for the register as an administrator typed it. */
public record MunicipalityForm(String name, String ags, String district, String state) {

    static final MunicipalityForm BLANK = new MunicipalityForm("", "", "", "");
    static final int TEXT_MAX = 200;

    /** The municipality, or {@code null} with every problem recorded under its field. */
    RegisteredMunicipality toMunicipality(Violations violations) {
        String cleanName = InputText.singleLine(name);
        violations.requireText("name", cleanName, TEXT_MAX);
        String key = ags == null ? "" : ags.replaceAll("\\s", "");
        Optional<FederalState> keyState = FederalState.ofAgs(key);
        if (key.isEmpty()) {
            violations.add("ags", "NotBlank");
        } else if (!key.matches("[0-9]{8}") || keyState.isEmpty()) {
            violations.add("ags", "event.agsInvalid");
        }
        String cleanDistrict = InputText.singleLine(district);
        violations.limitText("district", cleanDistrict, TEXT_MAX);
        FederalState chosen = Arrays.stream(FederalState.values())
                .filter(each -> each.name().equals(state))
                .findFirst().orElse(null);
        if (chosen == null) {
            violations.add("state", "NotNull");
        } else if (keyState.isPresent() && keyState.get() != chosen && !violations.has("ags")) {
            violations.add("state", "admin.municipalities.stateMismatch", key.substring(0, 2));
        }
        return violations.isEmpty() ? new RegisteredMunicipality(key, cleanName, cleanDistrict, chosen) : null;
    }
}
