package de.offenekommune.platform.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

import de.offenekommune.platform.SignedInUser;
import de.offenekommune.platform.SiteProperties;

/**
 * What every page template needs besides its own model: texts in the visitor's language, the
 * logged-in user, the CSRF token for forms, asset URLs and the site's identity.
 *
 * <p>Templates receive it as {@code ctx}.
 */
public final class PageContext {

    private final MessageSource messages;
    private final Locale locale;
    private final SignedInUser user;
    private final CsrfToken csrf;
    private final KeptResponse kept;
    private final FreshValues freshValues;
    private final String pathAndQuery;
    private final Assets assets;
    private final SiteProperties site;
    private final String notice;
    private final String problem;
    private final boolean mailServerConfigured;

    PageContext(MessageSource messages, Locale locale, SignedInUser user, CsrfToken csrf, KeptResponse kept,
            FreshValues freshValues, String pathAndQuery, Assets assets, SiteProperties site, String notice,
            String problem, boolean mailServerConfigured) {
        this.messages = messages;
        this.locale = locale;
        this.user = user;
        this.csrf = csrf;
        this.kept = kept;
        this.freshValues = freshValues;
        this.pathAndQuery = pathAndQuery;
        this.assets = assets;
        this.site = site;
        this.notice = notice;
        this.problem = problem;
        this.mailServerConfigured = mailServerConfigured;
    }

    /** The text of message {@code key} in the visitor's language; templates escape it. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The BCP 47 language tag for {@code <html lang>}. */
    public String lang() {
        return locale.getLanguage();
    }

    /**
     * The {@code lang} attribute for content written in {@code language} (a BCP 47 tag), such as an
     * event's German description on an English page; {@code null}, and so no attribute, when the page
     * is in that language already.
     */
    public String langOf(String language) {
        return language == null || language.equals(lang()) ? null : language;
    }

    /** A date as people read it in the visitor's language, e.g. "5. Dezember 2026". */
    public String formatDate(java.time.LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale)
                .format(date);
    }

    public boolean signedIn() {
        return user != null;
    }

    public SignedInUser user() {
        return user;
    }

    public boolean isAdmin() {
        return user != null && user.isAdmin();
    }

    /** Whether mails leave this installation; until then, pages must not pretend they do. */
    public boolean mailServerConfigured() {
        return mailServerConfigured;
    }

    public String csrfParameterName() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    /** The visitor's token, or a placeholder for it in a page that is kept for everyone (see {@link KeptResponse}). */
    public String csrfToken() {
        String placeholder = kept == null ? null : kept.tokenPlaceholder();
        if (placeholder != null) {
            return placeholder;
        }
        return csrf == null ? "" : csrf.getToken();
    }

    /** A {@link FreshValue} for this response, or a placeholder for it in a page kept for everyone. */
    public String fresh(String name, String argument) {
        String placeholder = kept == null ? null : kept.freshPlaceholder(name, argument);
        return placeholder != null ? placeholder : freshValues.value(name, argument);
    }

    /** The fingerprinted URL of a static file, e.g. {@code /css/app.css} → {@code /css/app-5e1f….css}. */
    public String asset(String path) {
        return assets.url(path);
    }

    public SiteProperties site() {
        return site;
    }

    /** The page's own address, for links that switch the language. */
    public String currentUrlWithLanguage(String language) {
        return UriComponentsBuilder.fromUriString(pathAndQuery).replaceQueryParam("lang", language).build().toUriString();
    }

    /** The form for reporting an accessibility barrier, with this page's address filled in. */
    public String barrierReportUrl() {
        return UriComponentsBuilder.fromPath("/barrierefreiheit/melden").queryParam("seite", path()).encode().build()
                .toUriString();
    }

    public String path() {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }

    /** A success message after a redirect, as message key, or {@code null}. */
    public String notice() {
        return notice;
    }

    /** A message after a redirect that says an action was refused, as message key, or {@code null}. */
    public String problem() {
        return problem;
    }
}
