package de.offenekommune.notification.internal;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.offenekommune.notification.Mail;
import de.offenekommune.notification.MailContent;
import de.offenekommune.notification.MailContext;
import de.offenekommune.platform.SiteProperties;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders both bodies of a mail from its templates, and its subject from the messages: the one place where a
 * mail's content becomes text, whenever that happens.
 */
@Component
public class MailRenderer {

    public record Rendered(String subject, String text, String html) {
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

    public Rendered render(Mail mail) {
        MailContent content = mail.content();
        MailContext context = new MailContext(messages, mail.locale(), site);
        Map<String, Object> model = Map.of("mail", context, "model", content);
        String subject = context.t("mail." + content.templateName() + ".subject", content.subjectArgs(context).toArray());
        return new Rendered(oneLine(subject), render(text, content, model), render(html, content, model));
    }

    private static String render(TemplateEngine engine, MailContent content, Map<String, Object> model) {
        StringOutput output = new StringOutput();
        engine.render(content.template() + ".jte", model, output);
        return output.toString();
    }

    /** A subject never spans lines: no header can be smuggled in through a title. */
    private static String oneLine(String subject) {
        return subject.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
