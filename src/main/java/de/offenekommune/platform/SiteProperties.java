package de.offenekommune.platform;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this installation presents itself.
 *
 * @param name    shown in the header and page titles, e.g. "Veranstaltungen der Stadt Wuppertal"
 * @param baseUrl public address of the installation, used for absolute links in the API, feeds and mails
 */
@ConfigurationProperties("ok.site")
public record SiteProperties(
        @DefaultValue("Offene Kommune") String name,
        @DefaultValue("http://localhost:8080") URI baseUrl) {

    /** The absolute URL of a path on this site. */
    public String absolute(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
