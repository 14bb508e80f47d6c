package de.offenekommune.registration.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventDateFormatter;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.event.Events;
import de.offenekommune.platform.DatabaseFailures;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.platform.web.PageContextAdvice;
import de.offenekommune.platform.web.ServiceUnavailable;
import de.offenekommune.registration.internal.AnswersInput;
import de.offenekommune.registration.internal.Availability;
import de.offenekommune.registration.internal.CertificateManagement;
import de.offenekommune.registration.internal.CertificateUnavailableException;
import de.offenekommune.registration.PersonalPageLink;
import de.offenekommune.registration.PersonalRegistration;
import de.offenekommune.registration.internal.RegistrationClosedException;
import de.offenekommune.registration.internal.RegistrationLimitException;
import de.offenekommune.registration.RegistrationLinkException;
import de.offenekommune.registration.RegistrationManagement;
import de.offenekommune.registration.internal.WorkshopOffer;
import de.offenekommune.registration.internal.CheckInDesk;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.RegistrationState;
import de.offenekommune.platform.QrCodes;
import de.offenekommune.registration.internal.RegistrationQuestion;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The citizen's side: the registration form of an event, the confirmation link from the mail, and the
 * personal page to view, cancel and delete a registration. Answers never tell whether an address was
 * registered before; personal pages are neither cached nor passed on as referrer.
 */
@Controller
class RegistrationPagesController {

    private static final Logger log = LoggerFactory.getLogger(RegistrationPagesController.class);

    /** The form's fields from top to bottom with their labels, for the error summary; consent speaks for itself. */
    private static final Map<String, String> FIELDS = FormErrors.fields("name", "registration.field.name",
            "email", "registration.field.email", "organization", "registration.field.organization",
            "companions", "registration.field.companions", "answer", "registration.field.answer",
            "workshops", "registration.field.workshops", "accessibilityNeeds", "registration.field.accessibilityNeeds");

    private final Events events;
    private final RegistrationManagement management;
    private final EventDateFormatter dates;
    private final MessageSource messages;
    private final PageContextAdvice pages;
    private final ServiceUnavailable unavailable;
    private final CertificateManagement certificates;
    private final CheckInDesk desk;
    private final List<PersonalPageLink> links;

    RegistrationPagesController(Events events, RegistrationManagement management, EventDateFormatter dates,
            MessageSource messages, PageContextAdvice pages, ServiceUnavailable unavailable,
            CertificateManagement certificates, CheckInDesk desk, List<PersonalPageLink> links) {
        this.certificates = certificates;
        this.desk = desk;
        this.links = links;
        this.events = events;
        this.management = management;
        this.dates = dates;
        this.messages = messages;
        this.pages = pages;
        this.unavailable = unavailable;
    }

    @ModelAttribute
    void privatePage(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex");
    }

    @GetMapping("/events/{slug}/registration")
    String form(@PathVariable String slug, Model model, HttpServletResponse response) {
        Event event = publicEvent(slug);
        Availability availability = management.availability(event);
        if (!availability.acceptsRegistrations()) {
            return closed(model, event, availability, response);
        }
        return page(model, event, availability, RegistrationForm.blank(), FormErrors.NONE);
    }

    @PostMapping("/events/{slug}/registration")
    Object submit(@PathVariable String slug, @ModelAttribute("form") RegistrationForm form,
            @RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        Event event = publicEvent(slug);
        form = form.withWorkshops(request.getParameterMap());
        QuestionAnswers answers = QuestionAnswers.from(parameters);
        model.addAttribute("answers", answers.byField());
        model.addAttribute("specialConsent", answers.input().specialCategoryConsent());
        try {
            register(event, form, answers.input(), locale, request.getRemoteAddr());
            return seeOther("/events/" + event.slug() + "/registration/received");
        } catch (RegistrationLimitException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()));
            model.addAttribute("event", event);
            model.addAttribute("minutes", e.minutes());
            return "registration/tooMany";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            List<RegistrationQuestion> questions = management.questions(event.id());
            return page(model, event, management.availability(event), form,
                    FormErrors.of(e.violations(), QuestionAnswers::formField, messages, locale)
                            .labelled(QuestionAnswers.labels(FIELDS, questions, messages, locale),
                                    QuestionAnswers.order(FIELDS, questions)));
        } catch (RegistrationClosedException e) {
            return closed(model, event, e.availability(), response);
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isTemporary(e)) {
                throw e;
            }
            unavailable.log(log, "Registration for event " + event.id(), e);
            // Nothing was saved: the same form, as typed and with the same nonce, can simply be sent again.
            unavailable.prepare(response);
            model.addAttribute("unavailable", true);
            return page(model, event, management.availability(event), form, FormErrors.NONE);
        }
    }

    /**
     * A form sent again with its nonce but changed input (back, corrected, sent) is a new submission, not a
     * repeat: it gets a nonce of its own.
     */
    private void register(Event event, RegistrationForm form, AnswersInput answers, Locale locale,
            String clientAddress) {
        try {
            management.register(event, form.toInput(locale).withAnswers(answers), clientAddress);
        } catch (InvalidInputException e) {
            if (e.violations().list().size() != 1 || !e.violations().has("submissionKey")) {
                throw e;
            }
            // The same submission from the same person: counted against the address once.
            management.register(event, form.withNewSubmission().toInput(locale).withAnswers(answers));
        }
    }

    /** The same answer for every accepted submission, new or not: check your mail. */
    @GetMapping("/events/{slug}/registration/received")
    String received(@PathVariable String slug, Model model) {
        Event event = publicEvent(slug);
        model.addAttribute("event", event);
        model.addAttribute("availability", management.availability(event));
        return "registration/received";
    }

    @GetMapping("/registrations/confirm/{token}")
    String confirmation(@PathVariable String token, Model model) {
        PersonalRegistration registration = management.checkConfirmation(token);
        model.addAttribute("registration", registration);
        model.addAttribute("token", token);
        model.addAttribute("dates", dates);
        return "registration/confirm";
    }

    /** Only a POST confirms: mail scanners that open links must not confirm for the person. */
    @PostMapping("/registrations/confirm/{token}")
    RedirectView confirm(@PathVariable String token) {
        return seeOther("/registrations/" + management.confirm(token));
    }

    @GetMapping("/registrations/{token}")
    String personal(@PathVariable String token, @RequestParam(required = false) String saved, Model model) {
        WorkshopOffer workshops = management.workshops(token);
        return personal(token, workshops, workshops.chosen().stream().map(option -> option.session().id().toString())
                .toList(), FormErrors.NONE, "workshops".equals(saved), model);
    }

    /** The owner changes their workshops; a refused choice comes back as chosen, with its reason. */
    @PostMapping("/registrations/{token}/workshops")
    Object changeWorkshops(@PathVariable String token, HttpServletRequest request, Locale locale, Model model,
            HttpServletResponse response) {
        List<String> chosen = RegistrationForm.chosenWorkshops(request.getParameterMap());
        try {
            management.changeWorkshops(token, chosen);
            return seeOther("/registrations/" + token + "?saved=workshops#workshops-heading");
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return personal(token, management.workshops(token), chosen,
                    FormErrors.of(e.violations(), field -> field, messages, locale).labelled(FIELDS, messages, locale),
                    false, model);
        }
    }

    private String personal(String token, WorkshopOffer workshops, List<String> chosen, FormErrors errors,
            boolean saved, Model model) {
        PersonalRegistration registration = management.personal(token);
        model.addAttribute("registration", registration);
        model.addAttribute("certificate", certificates.offered(registration));
        model.addAttribute("token", token);
        model.addAttribute("dates", dates);
        model.addAttribute("workshops", workshops);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        model.addAttribute("checkInQr", registration.registration().state() == RegistrationState.CONFIRMED
                ? QrCodes.svgDataUrl(desk.code(registration.registration())) : null);
        model.addAttribute("offers", links.stream().flatMap(link -> link.offer(registration, token).stream()).toList());
        return "registration/personal";
    }

    /** The QR code for the door as an image to save or print; only a confirmed seat has one. */
    @GetMapping(value = "/registrations/{token}/check-in.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> checkInCode(@PathVariable String token) {
        Registration registration = management.personal(token).registration();
        if (registration.state() != RegistrationState.CONFIRMED) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(QrCodes.png(desk.code(registration), 8));
    }

    @GetMapping("/registrations/{token}/{action:cancel|delete}")
    String ask(@PathVariable String token, @PathVariable String action, Model model) {
        model.addAttribute("registration", management.personal(token));
        model.addAttribute("token", token);
        model.addAttribute("action", action);
        return "registration/action";
    }

    @PostMapping("/registrations/{token}/cancel")
    RedirectView cancel(@PathVariable String token) {
        management.cancel(token);
        return seeOther("/registrations/" + token);
    }

    @PostMapping("/registrations/{token}/delete")
    RedirectView delete(@PathVariable String token) {
        management.deleteData(token);
        return seeOther("/registrations/deleted");
    }

    @GetMapping("/registrations/deleted")
    String deleted() {
        return "registration/deleted";
    }

    @GetMapping("/registrations/{token}/calendar.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String token) {
        RegistrationManagement.CalendarDownload file = management.calendar(token);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.filename() + "\"")
                .body(file.content());
    }

    /** A file with the person's name: never stored by a cache, never sniffed into something else. */
    @GetMapping("/registrations/{token}/certificate.pdf")
    ResponseEntity<byte[]> download(@PathVariable String token) {
        CertificateManagement.Download file = certificates.download(token);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.filename()).build().toString())
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    /** A page that says why, with the way back to the personal page. */
    @ExceptionHandler(CertificateUnavailableException.class)
    ModelAndView unavailable(CertificateUnavailableException e, HttpServletRequest request, HttpServletResponse response,
            Locale locale) {
        HttpStatus status = e.reason() == CertificateUnavailableException.Reason.CANCELLED ? HttpStatus.FORBIDDEN
                : HttpStatus.NOT_FOUND;
        privatePage(response);
        ModelAndView view = new ModelAndView("registration/certificateUnavailable", status);
        view.addObject("ctx", pages.create(request, locale));
        view.addObject("reason", e.reason().name());
        view.addObject("status", status.value());
        view.addObject("personalPage", request.getRequestURI().replaceFirst("/certificate\\.pdf$", ""));
        return view;
    }

    @ExceptionHandler(RegistrationLinkException.class)
    ModelAndView link(RegistrationLinkException e, HttpServletRequest request, Locale locale,
            HttpServletResponse response) {
        privatePage(response);
        ModelAndView view = new ModelAndView("registration/linkProblem",
                e.isGone() ? HttpStatus.GONE : HttpStatus.NOT_FOUND);
        view.addObject("ctx", pages.create(request, locale));
        view.addObject("reason", e.reason().name());
        return view;
    }

    private String page(Model model, Event event, Availability availability, RegistrationForm form, FormErrors errors) {
        model.addAttribute("event", event);
        model.addAttribute("availability", availability);
        model.addAttribute("options", management.options(event.id()));
        model.addAttribute("questions", management.questions(event.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("dates", dates);
        model.addAttribute("workshops", management.workshops(event.id()));
        return "registration/page";
    }

    private String closed(Model model, Event event, Availability availability, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("event", event);
        model.addAttribute("availability", availability);
        model.addAttribute("dates", dates);
        return "registration/closed";
    }

    private Event publicEvent(String slug) {
        return events.findBySlug(slug).filter(Event::isPublic).orElseThrow(() -> new EventNotFoundException(null));
    }

    private static RedirectView seeOther(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExposeModelAttributes(false);
        return view;
    }
}
