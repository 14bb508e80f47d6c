package de.offenekommune.account.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.internal.InvitationManagement;
import de.offenekommune.account.Organizations;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.platform.web.Option;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Administrators invite organizers, moderators and other administrators by mail, and see, resend and
 * revoke the invitations nobody accepted yet (listed with the user accounts).
 */
@Controller
@RequestMapping("/admin/invitations")
class InvitationAdminController {

    private static final java.util.Map<String, String> FIELDS = FormErrors.fields(
            "email", "account.email",
            "displayName", "account.name",
            "role", "admin.users.role",
            "organizations", "admin.invitations.organizations",
            "language", "admin.invitations.language");

    private final InvitationManagement invitations;
    private final Organizations organizations;
    private final MessageSource messages;

    InvitationAdminController(InvitationManagement invitations, Organizations organizations, MessageSource messages) {
        this.invitations = invitations;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) UUID organization, Model model, Locale locale) {
        List<String> preselected = organization == null ? List.of() : List.of(organization.toString());
        return page(model, InvitationForm.blank(locale, preselected), FormErrors.NONE, locale);
    }

    @PostMapping
    String invite(@AuthenticationPrincipal AccountPrincipal admin, @ModelAttribute InvitationForm form, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            invitations.invite(admin, form.toRequest());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, form, FormErrors.of(e.violations(), field -> field, messages, locale)
                    .labelled(FIELDS, messages, locale), locale);
        }
        redirect.addFlashAttribute("notice", "admin.invitations.sent");
        return "redirect:/admin/users#invitations";
    }

    @PostMapping("/{id}/resend")
    String resend(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable UUID id, RedirectAttributes redirect) {
        boolean resent = invitations.resend(admin, id);
        redirect.addFlashAttribute(resent ? "notice" : "problem",
                resent ? "admin.invitations.resent" : "admin.invitations.notFound");
        return "redirect:/admin/users#invitations";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable UUID id, RedirectAttributes redirect) {
        boolean revoked = invitations.revoke(admin, id);
        redirect.addFlashAttribute(revoked ? "notice" : "problem",
                revoked ? "admin.invitations.revoked" : "admin.invitations.notFound");
        return "redirect:/admin/users#invitations";
    }

    private String page(Model model, InvitationForm form, FormErrors errors, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Arrays.stream(PlatformRole.values())
                .map(role -> new Option(role.name(), messages.getMessage("admin.role." + role.name(), null, locale)))
                .toList());
        model.addAttribute("organizationOptions", organizations.findAll().stream()
                .map(o -> new Option(o.id().toString(), o.name()))
                .toList());
        model.addAttribute("languages", List.of("de", "en").stream()
                .map(language -> new Option(language, messages.getMessage("admin.invitations.language." + language, null, locale)))
                .toList());
        return "account/admin/invite";
    }
}
