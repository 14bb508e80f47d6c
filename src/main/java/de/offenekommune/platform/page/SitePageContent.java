package de.offenekommune.platform.page;

import java.time.Instant;

/**
 * @param updatedAt {@code null} while the built-in default text is shown
 */
public record SitePageContent(SitePage page, String locale, String markdown, String html, Instant updatedAt) {
}
