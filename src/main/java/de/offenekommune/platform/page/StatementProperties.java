package de.offenekommune.platform.page;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the Erklärung zur Barrierefreiheit names besides the operator's own text.
 *
 * @param conciliationName the Schlichtungsstelle people may turn to (§ 16 BGG, or the Land's own)
 * @param conciliationUrl  its website
 */
@ConfigurationProperties("ok.accessibility")
public record StatementProperties(
        @DefaultValue("Schlichtungsstelle nach dem Behindertengleichstellungsgesetz (§ 16 BGG)") String conciliationName,
        @DefaultValue("https://www.schlichtungsstelle-bgg.de") URI conciliationUrl) {
}
