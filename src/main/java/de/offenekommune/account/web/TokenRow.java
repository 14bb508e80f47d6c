package de.offenekommune.account.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

import de.offenekommune.account.internal.ApiToken;

/** One line of the owner's token list, with its dates as the owner reads them. */
public record TokenRow(ApiToken token, String validUntil, boolean expired, String lastUsed) {

    /** Dates are shown in the platform's home zone, as everywhere on the site. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    static TokenRow of(ApiToken token, Instant now, MessageSource messages, Locale locale) {
        DateTimeFormatter date = formatter(messages, "account.tokens.dateFormat", locale);
        DateTimeFormatter dateTime = formatter(messages, "account.tokens.dateTimeFormat", locale);
        String validUntil = token.expiresAt() == null ? messages.getMessage("account.tokens.unlimited", null, locale)
                : date.format(token.expiresAt());
        String lastUsed = token.lastUsedAt() == null ? messages.getMessage("account.tokens.never", null, locale)
                : dateTime.format(token.lastUsedAt());
        return new TokenRow(token, validUntil, token.expiredAt(now), lastUsed);
    }

    private static DateTimeFormatter formatter(MessageSource messages, String key, Locale locale) {
        return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale).withZone(ZONE);
    }
}
