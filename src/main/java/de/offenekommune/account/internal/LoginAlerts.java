package de.offenekommune.account.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.account.UserAccount;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.account.mail.LoginFailuresMail;
import de.offenekommune.notification.Mail;
import de.offenekommune.notification.Outbox;
import de.offenekommune.platform.LoginFailuresRepeated;
import de.offenekommune.platform.SiteProperties;

/**
 * Tells an account's owner by mail when others keep guessing their password. The mail names the time and
 * how many failures set it off, nothing about who tried: the owner needs to know, an attacker learns nothing.
 * Emails without an account get no mail, and the login answers them exactly as the others.
 */
@Component
class LoginAlerts {

    /** Times in mails are given in the platform's home zone, as everywhere on the site. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN).withZone(ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMAN).withZone(ZONE);

    private final UserAccounts accounts;
    private final Outbox outbox;
    private final SiteProperties site;

    LoginAlerts(UserAccounts accounts, Outbox outbox, SiteProperties site) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.site = site;
    }

    @EventListener
    @Transactional
    void on(LoginFailuresRepeated failures) {
        accounts.findByEmail(failures.email())
                .filter(UserAccount::enabled)
                .ifPresent(account -> outbox.enqueue(new Mail(account.email(), Locale.GERMAN,
                        new LoginFailuresMail(account.displayName(), DATE.format(failures.at()),
                                TIME.format(failures.at()), failures.failuresInWindow(), failures.window().toMinutes()),
                        null, "login-failures:" + account.id() + ":" + failures.at())));
    }
}
