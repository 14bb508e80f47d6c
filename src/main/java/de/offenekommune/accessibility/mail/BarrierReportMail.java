package de.offenekommune.accessibility.mail;

import java.util.List;

import de.offenekommune.notification.MailContent;
import de.offenekommune.notification.MailContext;

/**
 * A reported barrier, to the operator who has to answer it.
 *
 * @param page         the absolute address of the page the barrier is on
 * @param contactName  empty when the reporter gave none
 * @param contactEmail empty when the reporter wants no answer
 * @param answerDue    the date by which the reporter is owed an answer, formatted
 * @param list         the absolute address of the list of reports
 */
public record BarrierReportMail(String page, String description, String contactName, String contactEmail,
        String answerDue, String list) implements MailContent {

    @Override
    public String template() {
        return "accessibility/mail/barrier_report_to_operator";
    }

    @Override
    public List<Object> subjectArgs(MailContext mail) {
        return List.of(mail.site().name());
    }
}
