package de.offenekommune.accessibility.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.accessibility.internal.BarrierReport;
import de.offenekommune.accessibility.internal.BarrierReporting;
import de.offenekommune.accessibility.internal.BarrierReports;
import de.offenekommune.accessibility.internal.InvalidBarrierReportException;
import de.offenekommune.accessibility.internal.TooManyBarrierReportsException;
import de.offenekommune.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The feedback channel for accessibility barriers (§ 12b BGG): a form without an account, linked from
 * every page with that page's address, and the operator's list of what was reported.
 */
@Controller
class BarrierReportController {

    static final String PATH = "/barrierefreiheit/melden";
    private static final int LIST_SIZE = 200;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Map<String, String> FIELDS = FormErrors.fields(
            "pageAddress", "barrierReport.field.pageAddress", "description", "barrierReport.field.description",
            "contactName", "barrierReport.field.contactName", "contactEmail", "barrierReport.field.contactEmail");

    private final BarrierReporting reporting;
    private final BarrierReports reports;
    private final MessageSource messages;
    private final Clock clock;

    BarrierReportController(BarrierReporting reporting, BarrierReports reports, MessageSource messages, Clock clock) {
        this.reporting = reporting;
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String form(@RequestParam(name = "seite", required = false) String page, Model model) {
        return page(model, BarrierReportForm.forPage(page), FormErrors.NONE, null);
    }

    @PostMapping(PATH)
    String submit(@ModelAttribute("form") BarrierReportForm form, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (form.filledInByMachine()) {
            return page(model, form, FormErrors.NONE, "barrierReport.sendAgain");
        }
        try {
            reporting.report(form.toInput(), request.getRemoteAddr());
        } catch (InvalidBarrierReportException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, form, FormErrors.of(e.violations(), field -> field, messages, locale)
                    .labelled(FIELDS, messages, locale), null);
        } catch (TooManyBarrierReportsException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return page(model, form, FormErrors.NONE, "barrierReport.tooMany");
        }
        redirect.addFlashAttribute("notice", "barrierReport.sent");
        return "redirect:/barrierefreiheit";
    }

    @GetMapping("/admin/barrier-reports")
    String list(Model model, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZONE);
        Instant now = clock.instant();
        model.addAttribute("reports", reports.latest(LIST_SIZE).stream()
                .map(report -> new ReportRow(report, dates.format(report.createdAt()),
                        dates.format(report.answerDue()), report.isOverdue(now),
                        report.answeredAt() == null ? null : dates.format(report.answeredAt())))
                .toList());
        model.addAttribute("answerWeeks", BarrierReport.ANSWER_PERIOD.toDays() / 7);
        return "accessibility/reports";
    }

    @PostMapping("/admin/barrier-reports/{report}/answered")
    String markAnswered(@PathVariable UUID report, RedirectAttributes redirect) {
        if (!reporting.markAnswered(report)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "barrierReport.admin.markedAnswered");
        return "redirect:/admin/barrier-reports#report-" + report;
    }

    private static String page(Model model, BarrierReportForm form, FormErrors errors, String sendAgain) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sendAgain", sendAgain);
        return "accessibility/report";
    }
}
