package de.offenekommune.account.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.account.OrganizationId;
import de.offenekommune.account.Organizations;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.account.UserAccount;
import de.offenekommune.account.UserId;

/**
 * Changes administrators make to existing accounts that must keep the organizer rule (see
 * {@link OrganizerRule}): an organizer never ends up without an organization.
 */
@Service
public class AccountAdministration {

    /** The message key that explains a refusal by the organizer rule. */
    public static final String NEEDS_ORGANIZATION = OrganizerRule.NEEDS_ORGANIZATION;

    private final Organizations organizations;

    AccountAdministration(Organizations organizations) {
        this.organizations = organizations;
    }

    /** Whether the account may hold {@code role} with the organizations it belongs to now. */
    public boolean mayHold(UserId user, PlatformRole role) {
        return OrganizerRule.allows(role, organizations.findByMember(user).size());
    }

    /**
     * @return {@code false} when refused: the account is an organizer and this is its last organization
     */
    @Transactional
    public boolean removeMembership(UserAccount account, OrganizationId organization) {
        if (!OrganizerRule.allows(account.role(), organizations.findByMember(account.id()).size() - 1)
                && organizations.isMember(account.id(), organization)) {
            return false;
        }
        organizations.removeMember(organization, account.id());
        return true;
    }
}
