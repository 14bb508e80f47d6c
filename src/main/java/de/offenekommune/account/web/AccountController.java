package de.offenekommune.account.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.ApiTokens;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.account.Passwords;
import de.offenekommune.account.UserAccount;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The logged-in user's own account: password and personal API tokens.
 */
@Controller
@RequestMapping("/account")
class AccountController {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final OrganizationDirectory organizations;
    private final PasswordEncoder passwordEncoder;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final MessageSource messages;

    AccountController(UserAccounts accounts, ApiTokens tokens, OrganizationDirectory organizations,
            PasswordEncoder passwordEncoder, FindByIndexNameSessionRepository<? extends Session> sessions,
            MessageSource messages) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.messages = messages;
    }

    @GetMapping
    String show(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        return page(model, user, FormErrors.NONE, FormErrors.NONE, null, "");
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal AccountPrincipal user, @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
            HttpSession session, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        UserAccount account = accounts.findById(user.id()).orElseThrow();
        Violations violations = new Violations();
        if (!passwordEncoder.matches(current, account.passwordHash())) {
            violations.add("current", "account.password.currentWrong");
        }
        if (!Passwords.isAcceptable(password)) {
            violations.add("password", "account.password.rule", Passwords.MIN_LENGTH, Passwords.MAX_LENGTH);
        } else if (!password.equals(confirmation)) {
            violations.add("confirmation", "account.password.mismatch");
        }
        if (!violations.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, user, errors(violations, locale), FormErrors.NONE, null, "");
        }
        accounts.changePassword(user.id(), passwordEncoder.encode(password));
        sessions.findByPrincipalName(user.getUsername()).keySet().stream()
                .filter(id -> !id.equals(session.getId()))
                .forEach(sessions::deleteById);
        redirect.addFlashAttribute("notice", "account.password.changed");
        return "redirect:/account";
    }

    @PostMapping("/tokens")
    String createToken(@AuthenticationPrincipal AccountPrincipal user, @RequestParam(defaultValue = "") String name,
            Model model, Locale locale, HttpServletResponse response) {
        String clean = InputText.singleLine(name);
        Violations violations = new Violations();
        violations.requireText("name", clean, 100);
        if (!violations.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, user, FormErrors.NONE, errors(violations, locale), null, name);
        }
        String token = tokens.issue(user.id(), clean);
        response.setStatus(HttpStatus.CREATED.value());
        return page(model, user, FormErrors.NONE, FormErrors.NONE, token, "");
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
            RedirectAttributes redirect) {
        boolean revoked = tokens.revoke(user.id(), id);
        redirect.addFlashAttribute(revoked ? "notice" : "problem",
                revoked ? "account.tokens.revoked" : "account.tokens.notFound");
        return "redirect:/account";
    }

    private String page(Model model, AccountPrincipal user, FormErrors passwordErrors, FormErrors tokenErrors,
            String newToken, String tokenName) {
        model.addAttribute("user", user);
        model.addAttribute("organizations", organizations.managedBy(user));
        model.addAttribute("tokens", tokens.findActive(user.id()));
        model.addAttribute("passwordErrors", passwordErrors);
        model.addAttribute("tokenErrors", tokenErrors);
        model.addAttribute("newToken", newToken);
        model.addAttribute("tokenName", tokenName);
        return "account/account";
    }

    private FormErrors errors(Violations violations, Locale locale) {
        return FormErrors.of(violations, field -> field, messages, locale);
    }
}
