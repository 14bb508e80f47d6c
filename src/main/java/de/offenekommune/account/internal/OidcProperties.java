package de.offenekommune.account.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import de.offenekommune.account.PlatformRole;

/**
 * Login at an OpenID Connect provider (Keycloak, Active Directory Federation Services, …), switched on by
 * {@code issuer}.
 *
 * @param issuer            the provider's issuer URL; its discovery document is read at start
 * @param clientId          this platform's client at the provider
 * @param clientSecret      its secret
 * @param scopes            scopes asked for
 * @param name              the provider as people know it, on the login button
 * @param groupsClaim       the claim (in the ID token or user info) that lists the person's groups
 * @param roleMapping       groups that give a platform role, e.g. {@code ok-admins=ADMIN, ok-moderation=MODERATOR};
 *                          everybody else is a plain organizer ({@code USER})
 * @param organizationClaim the claim that lists the slugs of the organizations the person organizes for; when
 *                          set, memberships follow it at every login; when not, administrators assign them
 */
@ConfigurationProperties("ok.oidc")
public record OidcProperties(
        URI issuer,
        String clientId,
        String clientSecret,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
        @DefaultValue("Single Sign-on") String name,
        @DefaultValue("groups") String groupsClaim,
        @DefaultValue("") String roleMapping,
        String organizationClaim) {

    /** Whether the provider is configured at all. */
    public boolean enabled() {
        return issuer != null;
    }

    /** The highest role any of {@code groups} gives; {@code USER} without one. */
    PlatformRole roleFor(Collection<String> groups) {
        PlatformRole role = PlatformRole.USER;
        for (Map.Entry<String, PlatformRole> entry : roles().entrySet()) {
            if (groups.contains(entry.getKey()) && entry.getValue().compareTo(role) > 0) {
                role = entry.getValue();
            }
        }
        return role;
    }

    /** {@code roleMapping} read: comma-separated {@code group=ROLE} pairs. */
    Map<String, PlatformRole> roles() {
        Map<String, PlatformRole> roles = new LinkedHashMap<>();
        for (String pair : roleMapping.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.lastIndexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("ok.oidc.role-mapping: expected group=ROLE, got '" + pair.strip() + "'");
            }
            roles.put(pair.substring(0, equals).strip(),
                    PlatformRole.valueOf(pair.substring(equals + 1).strip().toUpperCase(Locale.ROOT)));
        }
        return roles;
    }

    /** The values of a claim that holds a list or a single string. */
    static List<String> values(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> many) {
            many.forEach(value -> values.add(String.valueOf(value)));
        } else if (claim instanceof String one && !one.isBlank()) {
            values.add(one);
        }
        return values;
    }
}
