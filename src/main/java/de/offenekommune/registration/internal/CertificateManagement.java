package de.offenekommune.registration.internal;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDateFormatter;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventId;
import de.offenekommune.event.Schedule;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;
import de.offenekommune.registration.internal.CertificateUnavailableException.Reason;
import de.offenekommune.registration.internal.CertificateUnavailableException;
import de.offenekommune.registration.PersonalRegistration;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.RegistrationManagement;
import de.offenekommune.registration.RegistrationState;

/**
 * Certificates of attendance (Teilnahmebescheinigungen): the organizer switches them on per event, and
 * everyone who was let in at the door downloads theirs as an accessible PDF through their personal link.
 */
@Service
public class CertificateManagement {

    private static final Logger log = LoggerFactory.getLogger(CertificateManagement.class);

    private final Certificates certificates;
    private final CheckIns checkIns;
    private final RegistrationManagement registrations;
    private final ParticipantManagement participants;
    private final RegistrationMails mails;
    private final OrganizationDirectory organizations;
    private final EventDateFormatter dates;
    private final MessageSource messages;
    private final Clock clock;

    CertificateManagement(Certificates certificates, CheckIns checkIns, RegistrationManagement registrations,
            ParticipantManagement participants, RegistrationMails mails, OrganizationDirectory organizations,
            EventDateFormatter dates, MessageSource messages, Clock clock) {
        this.certificates = certificates;
        this.checkIns = checkIns;
        this.registrations = registrations;
        this.participants = participants;
        this.mails = mails;
        this.organizations = organizations;
        this.dates = dates;
        this.messages = messages;
        this.clock = clock;
    }

    /** A certificate as a file to download. */
    public record Download(String filename, byte[] content) {
    }

    /** The settings of an event the caller may manage (see {@link ParticipantManagement#manageable}). */
    public CertificateSettings settings(Event manageable) {
        return certificates.settings(manageable.id());
    }

    /** @throws InvalidInputException when the remark is too long (field {@code certificateRemark}) */
    @Transactional
    public void save(AccountPrincipal user, EventId event, boolean enabled, @Nullable String remark) {
        participants.manageable(user, event);
        String line = InputText.singleLine(remark);
        Violations violations = new Violations();
        violations.limitText("certificateRemark", line, CertificateSettings.REMARK_MAX);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        certificates.save(event, new CertificateSettings(enabled, line));
    }

    /** Whether the personal page offers the certificate: switched on, let in, and not cancelled since. */
    public boolean offered(PersonalRegistration personal) {
        return unavailable(personal) == null;
    }

    /**
     * The certificate of the person behind the personal link, in their language. Its number is made on the
     * first download and printed again on every later one.
     *
     * @throws CertificateUnavailableException when there is none to be had
     * @throws RegistrationLinkException       when the link does not work
     */
    @Transactional
    public Download download(String manageToken) {
        PersonalRegistration personal = registrations.personal(manageToken);
        Reason reason = unavailable(personal);
        if (reason != null) {
            throw new CertificateUnavailableException(reason);
        }
        Registration registration = personal.registration();
        Event event = personal.event();
        Certificates.Issued issued = certificates.issue(registration.id(), clock.instant());
        byte[] pdf = CertificatePdf.write(content(event, registration, issued));
        log.info("Certificate of registration {} of event {} downloaded", registration.id(), event.id());
        return new Download("teilnahmebescheinigung-" + event.slug() + ".pdf", pdf);
    }

    private @Nullable Reason unavailable(PersonalRegistration personal) {
        if (!certificates.settings(personal.event().id()).enabled()) {
            return Reason.NOT_OFFERED;
        }
        if (personal.registration().state() == RegistrationState.CANCELLED) {
            return Reason.CANCELLED;
        }
        return checkIns.find(personal.registration().id()).isPresent() ? null : Reason.NOT_CHECKED_IN;
    }

    private CertificatePdf.Content content(Event event, Registration registration, Certificates.Issued issued) {
        Locale locale = registration.locale();
        EventDetails details = event.details();
        Schedule schedule = details.schedule();
        String organizer = organizations.find(event.organizer()).map(Organization::name).orElse("");
        DateTimeFormatter day = DateTimeFormatter.ofPattern(text(locale, "certificate.pdf.dateFormat"), locale);
        String when = schedule.isMultiDay()
                ? text(locale, "certificate.pdf.fromTo", day.format(schedule.localStart()), day.format(schedule.localEnd()))
                : text(locale, "certificate.pdf.onDay", day.format(schedule.localStart()));
        String place = details.attendanceMode().hasVenue() && details.venue().locality() != null
                ? text(locale, "certificate.pdf.inPlace", details.venue().locality())
                : "";
        List<CertificatePdf.Fact> facts = new ArrayList<>();
        facts.add(new CertificatePdf.Fact(text(locale, "certificate.pdf.event"), details.title()));
        facts.add(new CertificatePdf.Fact(text(locale, "certificate.pdf.when"), dates.when(schedule, locale)));
        String where = mails.facts(event, locale).where();
        if (where != null && !where.isBlank()) {
            facts.add(new CertificatePdf.Fact(text(locale, "certificate.pdf.where"), where));
        }
        facts.add(new CertificatePdf.Fact(text(locale, "certificate.pdf.duration"), duration(schedule, locale)));
        if (!organizer.isBlank()) {
            facts.add(new CertificatePdf.Fact(text(locale, "certificate.pdf.organizer"), organizer));
        }
        return new CertificatePdf.Content(locale.getLanguage(), text(locale, "certificate.pdf.title"),
                text(locale, "certificate.pdf.statement", registration.name(), when, details.title(), place), facts,
                certificates.settings(event.id()).remark(),
                text(locale, "certificate.pdf.issued", day.format(issued.at().atZone(schedule.zone()))),
                text(locale, "certificate.pdf.verification", issued.number(), organizer),
                text(locale, "certificate.pdf.producer"));
    }

    /** Hours for an event within one day ("7,5 Stunden"), else the number of calendar days. */
    private String duration(Schedule schedule, Locale locale) {
        if (schedule.isMultiDay() || schedule.allDay()) {
            long days = Duration.between(schedule.firstDay().atStartOfDay(), schedule.lastDay().atStartOfDay()).toDays() + 1;
            return text(locale, "certificate.pdf.days", days);
        }
        double hours = schedule.duration().toMinutes() / 60.0;
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        return text(locale, "certificate.pdf.hours", hours, number.format(hours));
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
