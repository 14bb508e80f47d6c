package de.offenekommune.platform;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Links people may publish: only {@code http} and {@code https} to a real host name. A bare
 * {@code www.example.org} gets {@code https://}.
 */
public final class WebLinks {

    public static final int MAX_LENGTH = 2000;

    private WebLinks() {
    }

    /** @return the normalized link, or empty when it is not a usable web address */
    public static Optional<String> normalize(String input) {
        if (input == null || input.isBlank() || input.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String candidate = input.strip();
        if (!candidate.contains("://") && !candidate.contains(":") && candidate.contains(".")) {
            candidate = "https://" + candidate;
        }
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.empty();
            }
            String host = uri.getHost();
            if (host == null || !host.contains(".") || uri.getUserInfo() != null) {
                return Optional.empty();
            }
            IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
            return Optional.of(uri.toASCIIString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Checks an optional link and returns its normalized form, or records why it is unusable. */
    public static String check(Violations violations, String field, String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        Optional<String> link = normalize(input);
        if (link.isEmpty()) {
            violations.add(field, "WebLink");
            return null;
        }
        return link.get();
    }
}
