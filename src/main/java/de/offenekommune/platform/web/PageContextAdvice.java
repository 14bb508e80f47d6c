package de.offenekommune.platform.web;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import de.offenekommune.platform.MailServerStatus;
import de.offenekommune.platform.SignedInUser;
import de.offenekommune.platform.SiteProperties;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Puts the {@link PageContext} as {@code ctx} into the model of every HTML controller.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class PageContextAdvice {

    private final MessageSource messages;
    private final Assets assets;
    private final SiteProperties site;
    private final FreshValues freshValues;
    private final ObjectProvider<MailServerStatus> mailServer;

    PageContextAdvice(MessageSource messages, Assets assets, SiteProperties site, FreshValues freshValues,
            ObjectProvider<MailServerStatus> mailServer) {
        this.messages = messages;
        this.assets = assets;
        this.site = site;
        this.freshValues = freshValues;
        this.mailServer = mailServer;
    }

    /**
     * The page context of an HTML page. Handlers that answer with a body of their own (the JSON API, which
     * {@code annotations = Controller.class} matches too, and {@code @ResponseBody} methods) render no page and
     * get none: it would cost every API request the work of a page header.
     */
    @ModelAttribute("ctx")
    public @Nullable PageContext pageContext(HttpServletRequest request, Locale locale) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && (handler.hasMethodAnnotation(ResponseBody.class)
                        || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class))) {
            return null;
        }
        return create(request, locale);
    }

    /**
     * The platform's error page with {@code status}, titled and explained by the bundle keys {@code <key>.title}
     * and {@code <key>.message} (e.g. {@code error.404}).
     */
    public ModelAndView errorPage(HttpServletRequest request, Locale locale, HttpStatus status, String key) {
        ModelAndView view = new ModelAndView("platform/error", status);
        view.addObject("ctx", create(request, locale));
        view.addObject("status", status.value());
        view.addObject("titleKey", key + ".title");
        view.addObject("messageKey", key + ".message");
        return view;
    }

    /** Also used where no controller runs, such as error pages. */
    public PageContext create(HttpServletRequest request, Locale locale) {
        String query = request.getQueryString();
        String uri = (String) request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
        String path = uri != null ? uri : request.getRequestURI();
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        String notice = flash == null ? null : (String) flash.get("notice");
        String problem = flash == null ? null : (String) flash.get("problem");
        return new PageContext(messages, locale, currentUser(), (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                (KeptResponse) request.getAttribute(KeptResponse.ATTRIBUTE), freshValues,
                query == null ? path : path + "?" + query, assets, site, notice, problem,
                mailServer.getIfAvailable(() -> () -> false).configured());
    }

    private static SignedInUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user;
        }
        return null;
    }
}
