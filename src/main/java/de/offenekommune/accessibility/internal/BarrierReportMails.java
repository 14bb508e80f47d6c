package de.offenekommune.accessibility.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import de.offenekommune.accessibility.mail.BarrierReportMail;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.notification.Mail;
import de.offenekommune.notification.Outbox;
import de.offenekommune.platform.SiteProperties;

/**
 * The mail that tells the operator of a reported barrier, queued in the transaction that keeps the report:
 * to the configured feedback address, or to every enabled administrator while there is none.
 */
@Component
class BarrierReportMails {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final Outbox outbox;
    private final UserAccounts accounts;
    private final AccessibilityProperties properties;
    private final SiteProperties site;

    BarrierReportMails(Outbox outbox, UserAccounts accounts, AccessibilityProperties properties, SiteProperties site) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.properties = properties;
        this.site = site;
    }

    void toOperator(BarrierReport report) {
        Locale locale = Locale.GERMAN;
        BarrierReportMail content = new BarrierReportMail(site.absolute(report.pageAddress()), report.description(),
                report.contactName() == null ? "" : report.contactName(),
                report.wantsAnswer() ? report.contactEmail() : "",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZONE)
                        .format(report.answerDue()),
                site.absolute("/admin/barrier-reports"));
        for (String recipient : recipients()) {
            outbox.enqueue(new Mail(recipient, locale, content, null,
                    "barrier-report:" + report.id() + ":" + recipient));
        }
    }

    private List<String> recipients() {
        String configured = properties.feedbackEmail();
        return configured == null || configured.isBlank() ? accounts.adminEmails() : List.of(configured.strip());
    }
}
