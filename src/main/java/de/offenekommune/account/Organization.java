package de.offenekommune.account;

/**
 * A Kommune, a civic group or a state body that publishes events.
 *
 * @param ags official municipality key (Amtlicher Gemeindeschlüssel) of a Kommune, else {@code null}
 */
public record Organization(
        OrganizationId id,
        String slug,
        String name,
        OrganizationKind kind,
        String tagline,
        String websiteUrl,
        String ags) {
}
