package de.offenekommune.accessibility.internal;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The page a report is about, as a path of this site. Personal links carry their secret in the path; such
 * a segment is left out, so that a report never hands someone's link to the operator.
 */
final class PageAddresses {

    private static final String SECRET_SEGMENT = "[A-Za-z0-9_-]{32,}";

    private PageAddresses() {
    }

    /** The path of {@code address} (a path or an absolute URL), without query, or {@code null}. */
    static String path(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String path;
        try {
            path = new URI(address.strip()).getPath();
        } catch (URISyntaxException e) {
            path = address.strip();
        }
        if (path == null || path.isEmpty()) {
            return "/";
        }
        String cleaned = path.replaceAll("/" + SECRET_SEGMENT + "(?=/|$)", "/…").replaceAll("[\\p{Cntrl}\\s]+", "");
        return cleaned.startsWith("/") ? cleaned : "/" + cleaned;
    }
}
