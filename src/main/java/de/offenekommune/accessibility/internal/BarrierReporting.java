package de.offenekommune.accessibility.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.platform.GuestEmails;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.RateLimiter;
import de.offenekommune.platform.Violations;

/**
 * Takes a reported barrier: checks it, keeps it for the operator's list and tells the operator by mail,
 * in one transaction.
 */
@Service
public class BarrierReporting {

    static final int DESCRIPTION_MAX = 5_000;
    static final int ADDRESS_MAX = 500;
    static final int NAME_MAX = 200;

    private final BarrierReports reports;
    private final BarrierReportMails mails;
    private final RateLimiter limiter;
    private final AccessibilityProperties properties;
    private final Clock clock;

    BarrierReporting(BarrierReports reports, BarrierReportMails mails, RateLimiter limiter,
            AccessibilityProperties properties, Clock clock) {
        this.reports = reports;
        this.mails = mails;
        this.limiter = limiter;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @throws InvalidBarrierReportException  when a field is missing or malformed
     * @throws TooManyBarrierReportsException when {@code address} sent too many reports lately
     */
    @Transactional
    public BarrierReport report(BarrierReportInput input, String address) {
        Violations violations = new Violations();
        String page = PageAddresses.path(input.pageAddress());
        violations.limitText("pageAddress", page, ADDRESS_MAX);
        String description = InputText.multiLine(input.description());
        violations.requireText("description", description, DESCRIPTION_MAX);
        String name = InputText.singleLine(input.contactName());
        violations.limitText("contactName", name, NAME_MAX);
        String email = InputText.singleLine(input.contactEmail());
        if (email != null && !GuestEmails.isAddress(email)) {
            violations.add("contactEmail", "Email");
        }
        if (!violations.isEmpty()) {
            throw new InvalidBarrierReportException(violations);
        }
        if (!limiter.tryAcquire("barrier-report", address, properties.reportsPerAddress(), properties.reportWindow())) {
            throw new TooManyBarrierReportsException();
        }
        BarrierReport report = new BarrierReport(UUID.randomUUID(), page == null ? "/" : page, description, name,
                email, clock.instant(), null);
        reports.save(report);
        mails.toOperator(report);
        return report;
    }

    /**
     * Marks a report answered now (or done, when it left no contact); marking it again keeps the first time.
     *
     * @return whether the report exists
     */
    @Transactional
    public boolean markAnswered(UUID report) {
        return reports.markAnswered(report, clock.instant());
    }
}
