package de.offenekommune.webhook.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.Violations;

/**
 * Registering, removing and testing webhook endpoints. Organizers manage the endpoints of their
 * organizations, administrators also the platform-wide ones; for anyone else an endpoint does not exist.
 */
@Service
public class WebhookManagement {

    static final int DESCRIPTION_MAX = 200;

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final WebhookTargets targets;
    private final WebhookMessages messages;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    WebhookManagement(WebhookEndpoints endpoints, WebhookDeliveries deliveries, WebhookTargets targets,
            WebhookMessages messages, OrganizationDirectory organizations, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.targets = targets;
        this.messages = messages;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The endpoints of the organizations the user manages. */
    @Transactional(readOnly = true)
    public List<WebhookEndpoint> organizationEndpoints(AccountPrincipal user) {
        return endpoints.findByOrganizations(organizations.managedBy(user).stream().map(Organization::id).toList());
    }

    /** The platform-wide endpoints, for administrators. */
    @Transactional(readOnly = true)
    public List<WebhookEndpoint> platformEndpoints(AccountPrincipal user) {
        return user.isAdmin() ? endpoints.findPlatformWide() : List.of();
    }

    /**
     * @param organization whose events the endpoint receives; {@code null} for all events (administrators only)
     * @throws InvalidWebhookException when the input or the address is refused
     */
    @Transactional
    public WebhookEndpoint register(AccountPrincipal user, OrganizationId organization, String url, String description) {
        Violations violations = new Violations();
        if (organization == null ? !user.isAdmin() : !organizations.mayManage(user, organization)) {
            violations.add("organization", "webhook.organization.notAllowed");
        }
        String cleanUrl = url == null ? "" : url.strip();
        if (cleanUrl.isEmpty()) {
            violations.add("url", "webhook.url.required");
        } else {
            targets.refusal(cleanUrl).ifPresent(reason -> violations.add("url", reason));
        }
        String cleanDescription = InputText.singleLine(description);
        violations.limitText("description", cleanDescription, DESCRIPTION_MAX);
        if (!violations.isEmpty()) {
            throw new InvalidWebhookException(violations);
        }
        WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID(), organization, cleanUrl,
                cleanDescription == null || cleanDescription.isEmpty() ? null : cleanDescription,
                WebhookSignature.newSecret(), clock.instant());
        endpoints.insert(endpoint);
        return endpoint;
    }

    /** The endpoint, if the user may manage it. */
    @Transactional(readOnly = true)
    public Optional<WebhookEndpoint> findManageable(AccountPrincipal user, UUID id) {
        return endpoints.findById(id).filter(endpoint -> mayManage(user, endpoint));
    }

    /** The newest deliveries to the endpoint, if the user may manage it. */
    @Transactional(readOnly = true)
    public List<WebhookDelivery> deliveryLog(AccountPrincipal user, UUID id, int limit) {
        return findManageable(user, id).map(endpoint -> deliveries.findByEndpoint(endpoint.id(), limit)).orElse(List.of());
    }

    /** @return whether the endpoint existed for the user and is gone now, with its delivery log */
    @Transactional
    public boolean remove(AccountPrincipal user, UUID id) {
        return findManageable(user, id).map(endpoint -> endpoints.delete(endpoint.id())).orElse(false);
    }

    /** Queues a {@code webhook.test} message to the endpoint. @return whether the user may manage it */
    @Transactional
    public boolean sendTest(AccountPrincipal user, UUID id) {
        Optional<WebhookEndpoint> endpoint = findManageable(user, id);
        endpoint.ifPresent(target -> {
            Instant now = clock.instant();
            deliveries.insert(target.id(), WebhookDispatcher.newMessageId(), WebhookMessages.TEST,
                    messages.test(target.id(), now), now);
        });
        return endpoint.isPresent();
    }

    private boolean mayManage(AccountPrincipal user, WebhookEndpoint endpoint) {
        return endpoint.isPlatformWide() ? user.isAdmin() : organizations.mayManage(user, endpoint.organization());
    }
}
