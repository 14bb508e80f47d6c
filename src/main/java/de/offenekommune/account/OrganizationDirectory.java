package de.offenekommune.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * What other capabilities ask about organizations and who may act for them.
 */
@Service
public class OrganizationDirectory {

    private final Organizations organizations;

    OrganizationDirectory(Organizations organizations) {
        this.organizations = organizations;
    }

    public Optional<Organization> find(OrganizationId id) {
        return organizations.findById(id);
    }

    public Optional<Organization> findBySlug(String slug) {
        return organizations.findBySlug(slug);
    }

    public Map<OrganizationId, Organization> findAll(Collection<OrganizationId> ids) {
        return organizations.findAllById(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
    }

    /** The organizations a user may publish events for: their own, or all for administrators. */
    public List<Organization> managedBy(AccountPrincipal user) {
        return user.isAdmin() ? organizations.findAll() : organizations.findByMember(user.id());
    }

    /** Email addresses of the organization's enabled members, e.g. to tell them of something to do. */
    public List<String> memberEmails(OrganizationId organization) {
        return organizations.findMemberEmails(organization);
    }

    /** Whether the user may create and change events of the organization. */
    public boolean mayManage(AccountPrincipal user, OrganizationId organization) {
        return user.isAdmin() || organizations.isMember(user.id(), organization);
    }
}
