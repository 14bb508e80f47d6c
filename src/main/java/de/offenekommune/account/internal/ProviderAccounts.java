package de.offenekommune.account.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.account.Organizations;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.account.UserAccount;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.account.UserId;

/**
 * Accounts of people who log in at the OpenID Connect provider: created at their first login, and at every
 * login given the name, role and (where the provider sends them) organizations the provider says. An
 * account is found by the provider's subject, or at the first login by its verified email, which links a
 * local account. The organizer rule holds here too: a login that would make an organizer without
 * organization is refused and changes nothing.
 */
@Service
class ProviderAccounts {

    /** What the provider says of a person. {@code organizations} is empty when the provider sends none. */
    record Identity(String subject, String email, String name, PlatformRole role, Optional<List<String>> organizations) {
    }

    private final UserAccounts accounts;
    private final Organizations organizations;

    ProviderAccounts(UserAccounts accounts, Organizations organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @Transactional
    AccountPrincipal signIn(Identity identity) {
        Optional<UserAccount> existing = accounts.findBySubject(identity.subject())
                .or(() -> accounts.findByEmail(identity.email()).filter(account -> accounts.subjectOf(account.id()).isEmpty()));
        if (existing.isPresent() && !existing.get().enabled()) {
            throw refusal("disabled");
        }
        Set<OrganizationId> memberships = new LinkedHashSet<>();
        if (identity.organizations().isPresent()) {
            identity.organizations().get().stream()
                    .map(organizations::findBySlug)
                    .flatMap(Optional::stream)
                    .forEach(organization -> memberships.add(organization.id()));
        } else {
            existing.ifPresent(account -> organizations.findByMember(account.id())
                    .forEach(organization -> memberships.add(organization.id())));
        }
        if (!OrganizerRule.allows(identity.role(), memberships.size())) {
            throw refusal("no_organization");
        }
        UserId id = existing.map(UserAccount::id).orElseGet(UserId::random);
        if (existing.isEmpty()) {
            if (!accounts.create(new UserAccount(id, identity.email(), identity.name(), null, identity.role(), true, null))) {
                throw refusal("email_taken");
            }
        } else {
            accounts.changeAccess(id, identity.role(), true);
            accounts.rename(id, identity.name());
        }
        accounts.linkSubject(id, identity.subject());
        if (identity.organizations().isPresent()) {
            for (Organization current : organizations.findByMember(id)) {
                if (!memberships.remove(current.id())) {
                    organizations.removeMember(current.id(), id);
                }
            }
            memberships.forEach(organization -> organizations.addMember(organization, id));
        }
        return accounts.findPrincipal(id).orElseThrow();
    }

    /** A refusal the login page explains: its code is {@code ok_<reason>}. */
    private static OAuth2AuthenticationException refusal(String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error("ok_" + reason));
    }
}
