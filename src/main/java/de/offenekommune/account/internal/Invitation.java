package de.offenekommune.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.offenekommune.account.OrganizationId;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.account.UserId;

/**
 * A person invited by an administrator to set their own password and organize for the given
 * organizations. The link's token exists only in the mail; the invitation is gone once accepted.
 */
public record Invitation(
        UUID id,
        String email,
        String displayName,
        PlatformRole role,
        Locale locale,
        List<OrganizationId> organizations,
        UserId invitedBy,
        Instant createdAt,
        Instant sentAt,
        Instant expiresAt) {

    public Invitation {
        organizations = List.copyOf(organizations);
    }

    public boolean isExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
