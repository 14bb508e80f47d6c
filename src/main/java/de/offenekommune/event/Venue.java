package de.offenekommune.event;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.offenekommune.platform.FederalState;

/**
 * Where people meet: a full postal address, optional coordinates, and what helps them get there.
 *
 * @param district part of the town, e.g. "Barmen" in Wuppertal
 */
public record Venue(
        String name,
        String street,
        String postalCode,
        String locality,
        String district,
        FederalState state,
        BigDecimal latitude,
        BigDecimal longitude,
        String directions,
        String accessibilityNotes) {

    public static final Venue NONE = new Venue(null, null, null, null, null, null, null, null, null, null);

    /** Coordinates are kept to six decimal places (about 10 cm), so that 51.2669 and 51.266900 are one place. */
    public static final int COORDINATE_SCALE = 6;

    public Venue {
        latitude = coordinate(latitude);
        longitude = coordinate(longitude);
    }

    private static BigDecimal coordinate(BigDecimal value) {
        return value == null ? null : value.setScale(COORDINATE_SCALE, RoundingMode.HALF_UP);
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    /** "Wuppertal-Barmen", or just the locality. */
    public String localityWithDistrict() {
        if (locality == null) {
            return null;
        }
        return district == null ? locality : locality + "-" + district;
    }

    /** A link to the place on OpenStreetMap: a link, never an embedded map. */
    public String openStreetMapUrl() {
        if (hasCoordinates()) {
            return "https://www.openstreetmap.org/?mlat=" + latitude.toPlainString() + "&mlon=" + longitude.toPlainString()
                    + "#map=18/" + latitude.toPlainString() + "/" + longitude.toPlainString();
        }
        String query = Stream.of(street, postalCode, locality)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return query.isBlank() ? null
                : "https://www.openstreetmap.org/search?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
