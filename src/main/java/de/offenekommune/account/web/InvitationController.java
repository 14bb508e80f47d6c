package de.offenekommune.account.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.internal.Invitation;
import de.offenekommune.account.internal.InvitationLinkException;
import de.offenekommune.account.internal.InvitationManagement;
import de.offenekommune.account.internal.Passwords;
import de.offenekommune.account.UserAccount;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.platform.web.PageContextAdvice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The link in an invitation mail: the invited person sets their own password, is logged in and lands
 * where their work is (organizers on their organizations' events).
 */
@Controller
class InvitationController {

    private static final Map<String, String> FIELDS = FormErrors.fields(
            "displayName", "account.name",
            "password", "invitation.password",
            "confirmation", "invitation.confirmation");

    private final InvitationManagement invitations;
    private final UserAccounts accounts;
    private final MessageSource messages;
    private final PageContextAdvice pages;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    InvitationController(InvitationManagement invitations, UserAccounts accounts, MessageSource messages,
            PageContextAdvice pages) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.messages = messages;
        this.pages = pages;
    }

    @GetMapping("/invitations/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        privatePage(response);
        Invitation invitation = invitations.findValid(token);
        return page(model, token, invitation, invitation.displayName(), FormErrors.NONE);
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
            Model model, Locale locale, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        privatePage(response);
        UserAccount account;
        try {
            account = invitations.accept(token, displayName, password, confirmation);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, token, invitations.findValid(token), displayName,
                    FormErrors.of(e.violations(), field -> field, messages, locale).labelled(FIELDS, messages, locale));
        }
        AccountPrincipal principal = accounts.findPrincipal(account.id()).orElseThrow();
        logIn(principal, request, response);
        redirect.addFlashAttribute("notice", "invitation.welcome");
        if (principal.isAdmin()) {
            return "redirect:/admin";
        }
        return principal.isModerator() ? "redirect:/moderation" : "redirect:/manage/events";
    }

    @ExceptionHandler(InvitationLinkException.class)
    ModelAndView linkProblem(InvitationLinkException e, HttpServletRequest request, Locale locale,
            HttpServletResponse response) {
        privatePage(response);
        ModelAndView view = new ModelAndView("account/invitationProblem",
                e.reason() == InvitationLinkException.Reason.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.GONE);
        view.addObject("ctx", pages.create(request, locale));
        view.addObject("reason", e.reason().name());
        return view;
    }

    /** The link is a credential: never cached, never passed on as referrer, never indexed. */
    private static void privatePage(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex");
    }

    /** As a login would: a new session id (no fixation), the new user in it. */
    private void logIn(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        principal.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.getSession(true);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

    private String page(Model model, String token, Invitation invitation, String displayName, FormErrors errors) {
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation);
        model.addAttribute("displayName", displayName);
        model.addAttribute("errors", errors);
        model.addAttribute("minLength", Passwords.MIN_LENGTH);
        model.addAttribute("maxLength", Passwords.MAX_LENGTH);
        return "account/invitation";
    }
}
