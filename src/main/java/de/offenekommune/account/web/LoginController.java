package de.offenekommune.account.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import de.offenekommune.account.internal.OidcProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The login form. Spring Security handles {@code POST /login}; failures are rendered here in the same
 * response (see the platform's login failure handler), keeping the email that was typed.
 */
@Controller
class LoginController {

    private final boolean localLogin;
    private final String provider;

    LoginController(@Value("${ok.local-login:true}") boolean localLogin, OidcProperties oidc) {
        this.localLogin = localLogin;
        this.provider = oidc.enabled() ? oidc.name() : null;
    }

    /** Set by the platform's login failure handler: {@code invalid}, {@code throttled} or {@code provider.<reason>}. */
    private static final String LOGIN_ERROR = "ok.loginError";

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        model.addAttribute("error", null);
        model.addAttribute("email", "");
        model.addAttribute("loggedOut", false);
        model.addAttribute("localLogin", localLogin);
        model.addAttribute("provider", provider);
        return "account/login";
    }

    @RequestMapping(value = "/login/failed", method = {RequestMethod.GET, RequestMethod.POST})
    String failed(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object error = request.getAttribute(LOGIN_ERROR);
        String email = request.getParameter("email");
        if (error != null) {
            response.setStatus("throttled".equals(error)
                    ? HttpStatus.TOO_MANY_REQUESTS.value() : HttpStatus.UNAUTHORIZED.value());
        }
        model.addAttribute("error", error);
        model.addAttribute("email", email == null ? "" : email.strip());
        model.addAttribute("loggedOut", false);
        model.addAttribute("localLogin", localLogin);
        model.addAttribute("provider", provider);
        return "account/login";
    }
}
