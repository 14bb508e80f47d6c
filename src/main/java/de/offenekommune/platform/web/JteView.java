package de.offenekommune.platform.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.web.servlet.view.AbstractUrlBasedView;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Renders a template into UTF-8 bytes first, so that a failing template never sends half a page and
 * every response carries its exact length.
 */
class JteView extends AbstractUrlBasedView {

    private static final String CONTENT_TYPE = "text/html;charset=UTF-8";

    private final TemplateEngine templateEngine;

    JteView(TemplateEngine templateEngine) {
        this.templateEngine = templateEngine;
        setContentType(CONTENT_TYPE);
    }

    @Override
    public boolean checkResource(Locale locale) {
        return templateEngine.hasTemplate(getUrl());
    }

    @Override
    protected void renderMergedOutputModel(Map<String, Object> model, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        Utf8ByteOutput output = new Utf8ByteOutput();
        templateEngine.render(getUrl(), model, output);
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(output.getContentLength());
        output.writeTo(response.getOutputStream());
    }
}
