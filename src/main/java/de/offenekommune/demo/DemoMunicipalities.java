package de.offenekommune.demo;

import java.util.List;

import de.offenekommune.event.RegisteredMunicipality;
import de.offenekommune.platform.FederalState;

/** The register of the demo: the Kommunen of its events and the other kreisfreie Städte of the Rhineland and the Ruhr. */
final class DemoMunicipalities {

    private DemoMunicipalities() {
    }

    static List<RegisteredMunicipality> all() {
        return List.of(
                nrw("05334002", "Aachen", "Städteregion Aachen"),
                nrw("05711000", "Bielefeld", null),
                nrw("05911000", "Bochum", null),
                nrw("05314000", "Bonn", null),
                nrw("05913000", "Dortmund", null),
                nrw("05112000", "Duisburg", null),
                nrw("05111000", "Düsseldorf", null),
                nrw("05113000", "Essen", null),
                nrw("05513000", "Gelsenkirchen", null),
                nrw("05914000", "Hagen", null),
                nrw("05315000", "Köln", null),
                nrw("05114000", "Krefeld", null),
                nrw("05316000", "Leverkusen", null),
                nrw("05170024", "Moers", "Kreis Wesel"),
                nrw("05116000", "Mönchengladbach", null),
                nrw("05117000", "Mülheim an der Ruhr", null),
                nrw("05515000", "Münster", null),
                nrw("05119000", "Oberhausen", null),
                nrw("05774032", "Paderborn", "Kreis Paderborn"),
                nrw("05120000", "Remscheid", null),
                nrw("05970040", "Siegen", "Kreis Siegen-Wittgenstein"),
                nrw("05122000", "Solingen", null),
                nrw("05124000", "Wuppertal", null));
    }

    private static RegisteredMunicipality nrw(String ags, String name, String district) {
        return new RegisteredMunicipality(ags, name, district, FederalState.NORDRHEIN_WESTFALEN);
    }
}
