package de.offenekommune.platform;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            InternationalHost idn = InternationalHost.of(candidate);
            URI uri = new URI(idn == null ? candidate : idn.asciiLink());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.empty();
            }
            String host = uri.getHost();
            if (host == null || !host.contains(".") || uri.getUserInfo() != null) {
                return Optional.empty();
            }
            IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
            String link = uri.toASCIIString();
            // Browsers convert the host themselves, by today's rules (which keep "ß", unlike java.net.IDN).
            return Optional.of(idn == null ? link
                    : link.replaceFirst(Pattern.quote(idn.ascii()), Matcher.quoteReplacement(idn.unicode())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** An internationalized host name as people write it and in the ASCII form {@link URI} understands. */
    private record InternationalHost(String unicode, String ascii, String asciiLink) {

        /**
         * @return the host of the link, or {@code null} when it is plain ASCII
         * @throws IllegalArgumentException for invisible or direction-changing characters and other
         *         characters no host name may contain
         */
        static InternationalHost of(String link) {
            Matcher parts = AUTHORITY.matcher(link);
            if (!parts.matches() || parts.group(2).chars().allMatch(c -> c < 0x80)) {
                return null;
            }
            String host = parts.group(2).toLowerCase(Locale.ROOT);
            if (host.chars().anyMatch(c -> Character.getType(c) == Character.FORMAT)) {
                throw new IllegalArgumentException("invisible character in host name");
            }
            String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
            return new InternationalHost(host, ascii, parts.group(1) + ascii + parts.group(3));
        }
    }

    /** Scheme, host (no user info: an {@code @} fails the match) and the rest of an absolute link. */
    private static final Pattern AUTHORITY = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#:@\\s]+)(.*)$",
            Pattern.DOTALL);

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
