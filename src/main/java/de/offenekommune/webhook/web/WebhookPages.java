package de.offenekommune.webhook.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.platform.web.Option;
import de.offenekommune.webhook.internal.InvalidWebhookException;
import de.offenekommune.webhook.internal.WebhookDelivery;
import de.offenekommune.webhook.internal.WebhookEndpoint;
import de.offenekommune.webhook.internal.WebhookManagement;

/**
 * The pages of both areas that manage webhooks: the list with the form to register one, and an endpoint
 * with its secret, delivery log, test button and removal.
 */
@Component
class WebhookPages {

    static final int LOG_SIZE = 50;
    /** Times in the delivery log are shown in the platform's zone. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Map<String, String> FIELDS = FormErrors.fields(
            "organization", "webhook.organization",
            "url", "webhook.url",
            "description", "webhook.description");

    private final WebhookManagement webhooks;
    private final OrganizationDirectory organizations;
    private final MessageSource messages;

    WebhookPages(WebhookManagement webhooks, OrganizationDirectory organizations, MessageSource messages) {
        this.webhooks = webhooks;
        this.organizations = organizations;
        this.messages = messages;
    }

    String list(WebhookArea area, AccountPrincipal user, WebhookForm form, FormErrors errors, Model model) {
        List<Organization> managed = organizations.managedBy(user);
        List<WebhookEndpoint> endpoints = area.isPlatform() ? webhooks.platformEndpoints(user)
                : webhooks.organizationEndpoints(user);
        model.addAttribute("area", area);
        model.addAttribute("endpoints", endpoints);
        model.addAttribute("organizationNames", managed.stream()
                .collect(Collectors.toMap(organization -> organization.id().value().toString(), Organization::name)));
        model.addAttribute("organizationOptions", managed.stream()
                .map(organization -> new Option(organization.id().value().toString(), organization.name()))
                .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "webhook/list";
    }

    /** @return the view after a registration: the new endpoint, or the list with the problems */
    String register(WebhookArea area, AccountPrincipal user, WebhookForm form, Model model, Locale locale,
            jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) {
        try {
            WebhookEndpoint endpoint = webhooks.register(user, area.isPlatform() ? null : form.organizationId(),
                    form.url(), form.description());
            redirect.addFlashAttribute("notice", "webhook.registered");
            return "redirect:" + area.path() + "/" + endpoint.id();
        } catch (InvalidWebhookException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            FormErrors errors = FormErrors.of(e.violations(), field -> field, messages, locale)
                    .labelled(FIELDS, messages, locale);
            return list(area, user, form, errors, model);
        }
    }

    String endpoint(WebhookArea area, AccountPrincipal user, UUID id, Model model, Locale locale) {
        WebhookEndpoint endpoint = find(area, user, id);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(ZONE);
        model.addAttribute("area", area);
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("organizationName", endpoint.isPlatformWide() ? null
                : organizations.find(endpoint.organization()).map(Organization::name).orElse(""));
        model.addAttribute("deliveries", webhooks.deliveryLog(user, id, LOG_SIZE).stream()
                .map(delivery -> row(delivery, format))
                .toList());
        return "webhook/endpoint";
    }

    WebhookEndpoint find(WebhookArea area, AccountPrincipal user, UUID id) {
        return webhooks.findManageable(user, id)
                .filter(endpoint -> endpoint.isPlatformWide() == area.isPlatform())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static DeliveryRow row(WebhookDelivery delivery, DateTimeFormatter format) {
        String next = delivery.status().equals("PENDING") && delivery.nextAttemptAt() != null
                ? format.format(delivery.nextAttemptAt()) : null;
        return new DeliveryRow(format.format(delivery.createdAt()), delivery.createdAt().toString(), delivery.eventType(),
                "webhook.status." + delivery.status(), delivery.attempts(),
                delivery.responseCode() == null ? "–" : delivery.responseCode().toString(),
                delivery.lastError(), next);
    }
}
