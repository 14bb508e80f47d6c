package de.offenekommune.account.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import de.offenekommune.account.internal.ApiTokenProperties;
import de.offenekommune.account.internal.ApiTokens;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.account.internal.Passwords;
import de.offenekommune.account.UserAccount;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.platform.web.Option;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The logged-in user's own account: password and personal API tokens.
 */
@Controller
@RequestMapping("/account")
class AccountController {

    /** The form value for a token that never expires; other values are days. */
    static final String UNLIMITED = "unlimited";

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final ApiTokenProperties tokenValidity;
    private final OrganizationDirectory organizations;
    private final PasswordEncoder passwordEncoder;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final MessageSource messages;
    private final Clock clock;

    AccountController(UserAccounts accounts, ApiTokens tokens, ApiTokenProperties tokenValidity,
            OrganizationDirectory organizations, PasswordEncoder passwordEncoder,
            FindByIndexNameSessionRepository<? extends Session> sessions, MessageSource messages, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.tokenValidity = tokenValidity;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String show(@AuthenticationPrincipal AccountPrincipal user, Model model, Locale locale) {
        return page(model, user, locale, FormErrors.NONE, FormErrors.NONE, null, "", defaultValidity());
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal AccountPrincipal user, @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
            HttpSession session, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        UserAccount account = accounts.findById(user.id()).orElseThrow();
        Violations violations = new Violations();
        if (account.passwordHash() == null || !passwordEncoder.matches(current, account.passwordHash())) {
            violations.add("current", "account.password.currentWrong");
        }
        Passwords.check(violations, "password", password);
        if (!violations.has("password") && !password.equals(confirmation)) {
            violations.add("confirmation", "account.password.mismatch");
        }
        if (!violations.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, user, locale, errors(violations, locale), FormErrors.NONE, null, "", defaultValidity());
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
            @RequestParam(defaultValue = "") String validity, Model model, Locale locale, HttpServletResponse response) {
        String clean = InputText.singleLine(name);
        Violations violations = new Violations();
        violations.requireText("name", clean, 100);
        Duration chosen = parseValidity(validity);
        if (!validityOptions(locale).stream().map(Option::value).toList().contains(validity)) {
            violations.add("validity", "account.tokens.validityInvalid");
        }
        if (!violations.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, user, locale, FormErrors.NONE, errors(violations, locale), null, name, validity);
        }
        String token = tokens.issue(user.id(), clean, chosen);
        response.setStatus(HttpStatus.CREATED.value());
        return page(model, user, locale, FormErrors.NONE, FormErrors.NONE, token, "", defaultValidity());
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
            RedirectAttributes redirect) {
        boolean revoked = tokens.revoke(user.id(), id);
        redirect.addFlashAttribute(revoked ? "notice" : "problem",
                revoked ? "account.tokens.revoked" : "account.tokens.notFound");
        return "redirect:/account";
    }

    private String page(Model model, AccountPrincipal user, Locale locale, FormErrors passwordErrors,
            FormErrors tokenErrors, String newToken, String tokenName, String validity) {
        model.addAttribute("user", user);
        model.addAttribute("organizations", organizations.managedBy(user));
        model.addAttribute("tokens", tokens.findActive(user.id()).stream()
                .map(token -> TokenRow.of(token, clock.instant(), messages, locale))
                .toList());
        model.addAttribute("passwordErrors", passwordErrors);
        model.addAttribute("tokenErrors", tokenErrors);
        model.addAttribute("newToken", newToken);
        model.addAttribute("tokenName", tokenName);
        model.addAttribute("validityOptions", validityOptions(locale));
        model.addAttribute("validity", validity);
        return "account/account";
    }

    private String defaultValidity() {
        return String.valueOf(tokenValidity.defaultValidity().toDays());
    }

    private List<Option> validityOptions(Locale locale) {
        List<Option> options = new ArrayList<>();
        for (Duration choice : tokenValidity.choices()) {
            long days = choice.toDays();
            if (days > 0 && choice.equals(Duration.ofDays(days))) {
                options.add(new Option(String.valueOf(days), days == 365 ? messages.getMessage("account.tokens.validity.year", null, locale)
                        : messages.getMessage("account.tokens.validity.days", new Object[] {days}, locale)));
            }
        }
        if (tokenValidity.unlimitedAllowed()) {
            options.add(new Option(UNLIMITED, messages.getMessage("account.tokens.validity.unlimited", null, locale)));
        }
        return options;
    }

    private static Duration parseValidity(String value) {
        try {
            return UNLIMITED.equals(value) ? null : Duration.ofDays(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private FormErrors errors(Violations violations, Locale locale) {
        return FormErrors.of(violations, field -> field, messages, locale);
    }
}
