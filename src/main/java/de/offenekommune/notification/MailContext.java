package de.offenekommune.notification;

import java.util.Locale;

import org.springframework.context.MessageSource;

import de.offenekommune.platform.ModuleInternal;
import de.offenekommune.platform.SiteProperties;

/**
 * What every mail template needs: texts in the recipient's language and the site's identity. Templates
 * receive it as {@code mail}.
 */
public final class MailContext {

    private final MessageSource messages;
    private final Locale locale;
    private final SiteProperties site;

    @ModuleInternal
    public MailContext(MessageSource messages, Locale locale, SiteProperties site) {
        this.messages = messages;
        this.locale = locale;
        this.site = site;
    }

    public String t(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }

    public SiteProperties site() {
        return site;
    }

    /** An absolute link into the platform. */
    public String url(String path) {
        return site.absolute(path);
    }
}
