package de.offenekommune.account.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.offenekommune.account.internal.InvitationRequest;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.account.PlatformRole;

/** A person to invite, as typed by an administrator. */
public record InvitationForm(String email, String displayName, String role, List<String> organizations,
        String language) {

    public InvitationForm {
        organizations = organizations == null ? List.of() : organizations.stream()
                .filter(value -> value != null && !value.isBlank())
                .toList();
    }

    static InvitationForm blank(Locale locale, List<String> organizations) {
        return new InvitationForm("", "", PlatformRole.USER.name(), organizations,
                Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "de");
    }

    /** Unknown roles and organizations become gaps the service reports as field errors. */
    InvitationRequest toRequest() {
        PlatformRole chosenRole = null;
        try {
            chosenRole = role == null ? null : PlatformRole.valueOf(role.strip());
        } catch (IllegalArgumentException e) {
            // reported as a missing choice
        }
        List<OrganizationId> ids = organizations.stream()
                .map(InvitationForm::organizationId)
                .toList();
        return new InvitationRequest(email, displayName, chosenRole, ids, "en".equals(language) ? Locale.ENGLISH : Locale.GERMAN);
    }

    private static OrganizationId organizationId(String value) {
        try {
            return new OrganizationId(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return new OrganizationId(new UUID(0, 0));
        }
    }
}
