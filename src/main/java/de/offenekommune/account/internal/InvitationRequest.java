package de.offenekommune.account.internal;

import java.util.List;
import java.util.Locale;

import de.offenekommune.account.OrganizationId;
import de.offenekommune.account.PlatformRole;

/**
 * Whom an administrator invites, as checked input.
 *
 * @param role          {@code null} when none was chosen
 * @param organizations the organizations the person will organize for; an organizer needs at least one
 * @param locale        the language of the invitation mail and of the page that sets the password
 */
public record InvitationRequest(String email, String displayName, PlatformRole role,
        List<OrganizationId> organizations, Locale locale) {

    public InvitationRequest {
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
    }
}
