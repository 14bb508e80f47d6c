package de.offenekommune.account.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.internal.TwoFactor;
import de.offenekommune.platform.QrCodes;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Enrolment and management of one's own second factor: scan the QR code (or type the secret), confirm with
 * a code, write down the recovery codes; later new recovery codes or switching it off.
 */
@Controller
@RequestMapping(TwoFactorController.PATH)
class TwoFactorController {

    static final String PATH = "/account/two-factor";
    private static final String RECOVERY_CODES = "recoveryCodes";

    private final TwoFactor twoFactor;
    private final MessageSource messages;

    TwoFactorController(TwoFactor twoFactor, MessageSource messages) {
        this.twoFactor = twoFactor;
        this.messages = messages;
    }

    /** Recovery codes arrive here once, as flash attributes after the POST that made them. */
    @GetMapping
    String show(@AuthenticationPrincipal AccountPrincipal user, Model model, Locale locale) {
        @SuppressWarnings("unchecked")
        List<String> recoveryCodes = (List<String>) model.getAttribute(RECOVERY_CODES);
        return page(model, user, FormErrors.NONE, recoveryCodes);
    }

    @PostMapping
    String confirm(@AuthenticationPrincipal AccountPrincipal user, @RequestParam(defaultValue = "") String code,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        if (!user.hasLocalPassword()) {
            return "redirect:/account";
        }
        Optional<List<String>> recoveryCodes = twoFactor.confirm(user.id(), code);
        if (recoveryCodes.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, user, codeError(locale, "twoFactor.code.invalid"), null);
        }
        // Shown after a redirect, so that reloading the page neither sends the code again nor shows the codes twice.
        redirect.addFlashAttribute("firstCodes", true);
        redirect.addFlashAttribute(RECOVERY_CODES, recoveryCodes.get());
        return "redirect:" + PATH;
    }

    @PostMapping("/recovery-codes")
    String renewRecoveryCodes(@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
        if (twoFactor.isActive(user.id())) {
            redirect.addFlashAttribute(RECOVERY_CODES, twoFactor.renewRecoveryCodes(user.id()));
        }
        return "redirect:" + PATH;
    }

    @PostMapping("/disable")
    String disable(@AuthenticationPrincipal AccountPrincipal user, @RequestParam(defaultValue = "") String code,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        if (!twoFactor.mayDisable(user)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return page(model, user, FormErrors.NONE, null);
        }
        if (twoFactor.verify(user.id(), code) != TwoFactor.Check.ACCEPTED) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, user, codeError(locale, "twoFactor.disable.invalid"), null);
        }
        twoFactor.disable(user.id());
        redirect.addFlashAttribute("notice", "twoFactor.disabled");
        return "redirect:/account";
    }

    private String page(Model model, AccountPrincipal user, FormErrors errors, List<String> recoveryCodes) {
        boolean active = twoFactor.isActive(user.id());
        Optional<TwoFactor.Enrolment> enrolment = active || !user.hasLocalPassword() ? Optional.empty() : twoFactor.enrolment(user);
        model.addAttribute("user", user);
        model.addAttribute("active", active);
        model.addAttribute("mustEnrol", twoFactor.mustEnrol(user));
        model.addAttribute("mayDisable", twoFactor.mayDisable(user));
        model.addAttribute("enrolment", enrolment.orElse(null));
        model.addAttribute("qrCode", enrolment.map(e -> QrCodes.svgDataUrl(e.uri())).orElse(null));
        model.addAttribute("unusedRecoveryCodes", active ? twoFactor.unusedRecoveryCodes(user.id()) : 0);
        model.addAttribute("recoveryCodes", recoveryCodes);
        model.addAttribute("firstCodes", model.containsAttribute("firstCodes"));
        model.addAttribute("errors", errors);
        return "account/twoFactor";
    }

    private FormErrors codeError(Locale locale, String message) {
        Violations violations = new Violations();
        violations.add("code", message);
        return FormErrors.of(violations, field -> field, messages, locale);
    }
}
