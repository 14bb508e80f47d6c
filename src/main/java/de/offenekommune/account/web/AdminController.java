package de.offenekommune.account.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.account.internal.AccountAdministration;
import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.internal.InvitationManagement;
import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.account.OrganizationKind;
import de.offenekommune.account.Organizations;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.account.UserAccount;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.account.UserId;
import de.offenekommune.platform.FederalState;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.Slugs;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.WebLinks;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.platform.web.Option;
import jakarta.servlet.http.HttpServletResponse;
import de.offenekommune.account.internal.TwoFactor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Platform administration: organizations, user accounts and who organizes for whom.
 */
@Controller
@RequestMapping("/admin")
class AdminController {

    private final Organizations organizations;
    private final UserAccounts accounts;
    private final AccountAdministration administration;
    private final InvitationManagement invitations;
    private final MessageSource messages;
    private final Clock clock;
    private final TwoFactor twoFactor;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AdminController(Organizations organizations, UserAccounts accounts, AccountAdministration administration,
            InvitationManagement invitations, MessageSource messages, Clock clock, TwoFactor twoFactor,
            FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.administration = administration;
        this.invitations = invitations;
        this.messages = messages;
        this.clock = clock;
        this.twoFactor = twoFactor;
        this.sessions = sessions;
    }

    @GetMapping("/organizations")
    String organizations(Model model, Locale locale) {
        return organizationsPage(model, OrganizationForm.BLANK, FormErrors.NONE, locale);
    }

    @PostMapping("/organizations")
    String createOrganization(@ModelAttribute OrganizationForm form, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        Violations violations = new Violations();
        String name = InputText.singleLine(form.name());
        violations.requireText("name", name, 200);
        OrganizationKind kind = parse(OrganizationKind.class, form.kind()).orElse(null);
        if (kind == null) {
            violations.add("kind", "NotNull");
        }
        String tagline = InputText.singleLine(form.tagline());
        violations.limitText("tagline", tagline, 200);
        String website = WebLinks.check(violations, "websiteUrl", form.websiteUrl());
        String ags = InputText.singleLine(form.ags());
        if (ags != null && (!ags.matches("[0-9]{8}") || FederalState.ofAgs(ags).isEmpty())) {
            violations.add("ags", "event.agsInvalid");
        }
        if (!violations.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return organizationsPage(model, form, FormErrors.of(violations, f -> f, messages, locale), locale);
        }
        String base = Slugs.fromTitle(name);
        String slug = base;
        for (int n = 2; organizations.findBySlug(slug).isPresent(); n++) {
            slug = Slugs.alternative(base, n);
        }
        organizations.create(new Organization(OrganizationId.random(), slug, name, kind, tagline, website, ags));
        redirect.addFlashAttribute("notice", "admin.organizations.created");
        return "redirect:/admin/organizations";
    }

    @GetMapping("/users")
    String users(Model model) {
        model.addAttribute("users", accounts.findAll());
        model.addAttribute("invitations", invitations.open());
        model.addAttribute("organizationNames", organizations.findAll().stream()
                .collect(Collectors.toMap(Organization::id, Organization::name)));
        model.addAttribute("now", clock.instant());
        return "account/admin/users";
    }

    @GetMapping("/users/{id}")
    String user(@PathVariable UUID id, Model model, Locale locale) {
        UserAccount account = accounts.findById(new UserId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("account", account);
        model.addAttribute("memberships", organizations.findByMember(account.id()));
        model.addAttribute("organizationOptions", organizationOptions());
        model.addAttribute("roles", roleOptions(locale));
        model.addAttribute("twoFactorActive", twoFactor.isActive(account.id()));
        return "account/admin/user";
    }

    /**
     * Removes another account's second factor, e.g. after a lost phone, and ends its sessions: it enrols a new
     * one at its next login. Nobody sees the old or the new secret but the account's owner.
     */
    @PostMapping("/users/{id}/two-factor/reset")
    String resetTwoFactor(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable UUID id,
            RedirectAttributes redirect) {
        UserAccount account = accounts.findById(new UserId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (account.id().equals(admin.id())) {
            redirect.addFlashAttribute("problem", "admin.users.twoFactor.notYourself");
            return "redirect:/admin/users/" + id;
        }
        twoFactor.reset(account.id());
        sessions.findByPrincipalName(account.email()).keySet().forEach(sessions::deleteById);
        redirect.addFlashAttribute("notice", "admin.users.twoFactor.resetDone");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/users/{id}/access")
    String changeAccess(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable UUID id,
            @RequestParam String role, @RequestParam(defaultValue = "false") boolean enabled,
            RedirectAttributes redirect) {
        UserAccount account = accounts.findById(new UserId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PlatformRole newRole = parse(PlatformRole.class, role)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        boolean losesAdmin = account.role() == PlatformRole.ADMIN && account.enabled()
                && (newRole != PlatformRole.ADMIN || !enabled);
        if (account.id().equals(admin.id()) && losesAdmin) {
            redirect.addFlashAttribute("problem", "admin.users.notYourself");
        } else if (losesAdmin && accounts.countAdmins() <= 1) {
            redirect.addFlashAttribute("problem", "admin.users.lastAdmin");
        } else if (!administration.mayHold(account.id(), newRole)) {
            redirect.addFlashAttribute("problem", AccountAdministration.NEEDS_ORGANIZATION);
        } else {
            accounts.changeAccess(account.id(), newRole, enabled);
            redirect.addFlashAttribute("notice", "admin.users.saved");
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/users/{id}/memberships")
    String addMembership(@PathVariable UUID id, @RequestParam(defaultValue = "") String organizationId,
            RedirectAttributes redirect) {
        UserAccount account = accounts.findById(new UserId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        organizationOf(organizationId).ifPresentOrElse(
                organization -> {
                    organizations.addMember(organization.id(), account.id());
                    redirect.addFlashAttribute("notice", "admin.users.membershipAdded");
                },
                () -> redirect.addFlashAttribute("problem", "admin.users.chooseOrganization"));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/users/{id}/memberships/{organizationId}/remove")
    String removeMembership(@PathVariable UUID id, @PathVariable UUID organizationId, RedirectAttributes redirect) {
        UserAccount account = accounts.findById(new UserId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (administration.removeMembership(account, new OrganizationId(organizationId))) {
            redirect.addFlashAttribute("notice", "admin.users.membershipRemoved");
        } else {
            redirect.addFlashAttribute("problem", AccountAdministration.NEEDS_ORGANIZATION);
        }
        return "redirect:/admin/users/" + id;
    }

    private String organizationsPage(Model model, OrganizationForm form, FormErrors errors, Locale locale) {
        model.addAttribute("organizations", organizations.findAll());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", Arrays.stream(OrganizationKind.values())
                .map(kind -> new Option(kind.name(), messages.getMessage("organization.kind." + kind.name(), null, locale)))
                .toList());
        return "account/admin/organizations";
    }

    private List<Option> roleOptions(Locale locale) {
        return Arrays.stream(PlatformRole.values())
                .map(role -> new Option(role.name(), messages.getMessage("admin.role." + role.name(), null, locale)))
                .toList();
    }

    private List<Option> organizationOptions() {
        return organizations.findAll().stream().map(o -> new Option(o.id().toString(), o.name())).toList();
    }

    private Optional<Organization> organizationOf(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty()
                    : organizations.findById(new OrganizationId(UUID.fromString(id.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
