package de.offenekommune.account.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.internal.TwoFactor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An account that must enrol a second factor (see {@link TwoFactor#mustEnrol}) is sent to enrolment before
 * any other page. API tokens are a credential of their own and are not held up.
 */
@Component
class TwoFactorEnrolmentInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final TwoFactor twoFactor;

    TwoFactorEnrolmentInterceptor(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns(TwoFactorController.PATH, TwoFactorController.PATH + "/**",
                "/api/**", "/login/**", "/error");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal account
                && twoFactor.mustEnrol(account)) {
            response.sendRedirect(TwoFactorController.PATH);
            return false;
        }
        return true;
    }
}
