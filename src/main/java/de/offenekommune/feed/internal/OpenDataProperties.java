package de.offenekommune.feed.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Under which terms the operator publishes the open data, and who answers questions about it.
 *
 * @param licenseUri     the licence as DCAT-AP.de names it, e.g. {@code http://dcat-ap.de/def/licenses/dl-by-de/2.0}
 * @param licenseName    its human name
 * @param licenseUrl     where people read the licence
 * @param attribution    the attribution text the licence asks for; the site's name when empty
 * @param publisher      who publishes the data (dct:publisher); the site's name when empty
 * @param contactEmail   an address for questions about the data (dcat:contactPoint), optional
 * @param contributorId  the dcatde:contributorID an open-data portal gave this installation, optional
 */
@ConfigurationProperties("ok.open-data")
public record OpenDataProperties(
        @DefaultValue("http://dcat-ap.de/def/licenses/dl-by-de/2.0") String licenseUri,
        @DefaultValue("Datenlizenz Deutschland – Namensnennung – Version 2.0") String licenseName,
        @DefaultValue("https://www.govdata.de/dl-de/by-2-0") String licenseUrl,
        String attribution,
        String publisher,
        String contactEmail,
        String contributorId) {
}
