package de.offenekommune.platform.web;

import org.springframework.web.servlet.view.AbstractUrlBasedView;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

import gg.jte.TemplateEngine;

/**
 * Resolves view names such as {@code event/page} to {@code src/main/jte/event/page.jte};
 * {@code redirect:} and {@code forward:} work as usual.
 */
class JteViewResolver extends UrlBasedViewResolver {

    private final TemplateEngine templateEngine;

    JteViewResolver(TemplateEngine templateEngine) {
        this.templateEngine = templateEngine;
        setViewClass(JteView.class);
        setSuffix(".jte");
    }

    @Override
    protected Class<?> requiredViewClass() {
        return JteView.class;
    }

    @Override
    protected AbstractUrlBasedView instantiateView() {
        return new JteView(templateEngine);
    }
}
