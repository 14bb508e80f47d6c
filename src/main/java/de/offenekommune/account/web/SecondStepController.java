package de.offenekommune.account.web;

import java.io.IOException;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.internal.TwoFactor;
import de.offenekommune.account.internal.TwoFactorLogins;
import de.offenekommune.platform.SecondFactorLogins;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The second step of a password login: the code from the authenticator app, or a recovery code.
 * Until it is right, nobody is signed in.
 */
@Controller
class SecondStepController {

    private final TwoFactorLogins logins;
    private final TwoFactor twoFactor;
    private final SecondFactorLogins.Completion completion;

    SecondStepController(TwoFactorLogins logins, TwoFactor twoFactor, SecondFactorLogins.Completion completion) {
        this.logins = logins;
        this.twoFactor = twoFactor;
        this.completion = completion;
    }

    @GetMapping(SecondFactorLogins.CODE_PAGE)
    String show(HttpServletRequest request, Model model) {
        if (waiting(request).isEmpty()) {
            return "redirect:/login";
        }
        model.addAttribute("error", null);
        return "account/secondStep";
    }

    @PostMapping(SecondFactorLogins.CODE_PAGE)
    String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) throws IOException, ServletException {
        Optional<AccountPrincipal> account = waiting(request);
        if (account.isEmpty()) {
            return "redirect:/login";
        }
        switch (twoFactor.verify(account.get().id(), code)) {
            case ACCEPTED -> {
                HttpSession session = request.getSession();
                Optional<Authentication> authentication = logins.completed(
                        (SecondFactorLogins.Pending) session.getAttribute(SecondFactorLogins.PENDING));
                if (authentication.isEmpty()) {
                    session.removeAttribute(SecondFactorLogins.PENDING);
                    return "redirect:/login";
                }
                completion.complete(authentication.get(), request, response);
                return null;
            }
            case THROTTLED -> {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                model.addAttribute("error", "throttled");
            }
            default -> {
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                model.addAttribute("error", "invalid");
            }
        }
        return "account/secondStep";
    }

    private Optional<AccountPrincipal> waiting(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : logins.waiting(session.getAttribute(SecondFactorLogins.PENDING));
    }
}
