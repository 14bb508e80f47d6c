package de.offenekommune.notification;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.offenekommune.platform.SiteProperties;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders both bodies of a mail from its templates, and its subject from the messages.
 */
@Component
class MailRenderer {

    record Rendered(String subject, String text, String html) {
    }

    private final TemplateEngine html;
    private final TemplateEngine text = TemplateEngine.createPrecompiled(null, ContentType.Plain, null,
            "gg.jte.generated.text");
    private final MessageSource messages;
    private final SiteProperties site;

    MailRenderer(TemplateEngine html, MessageSource messages, SiteProperties site) {
        this.html = html;
        this.messages = messages;
        this.site = site;
    }

    Rendered render(Mail mail) {
        Map<String, Object> model = new HashMap<>(mail.model());
        model.put("mail", new MailContext(messages, mail.locale(), site));
        String subject = messages.getMessage("mail." + mail.template() + ".subject", mail.subjectArgs().toArray(),
                mail.locale());
        return new Rendered(oneLine(subject), render(text, mail.template(), model), render(html, mail.template(), model));
    }

    private static String render(TemplateEngine engine, String template, Map<String, Object> model) {
        StringOutput output = new StringOutput();
        engine.render("mail/" + template + ".jte", model, output);
        return output.toString();
    }

    /** A subject never spans lines: no header can be smuggled in through a title. */
    private static String oneLine(String subject) {
        return subject.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
