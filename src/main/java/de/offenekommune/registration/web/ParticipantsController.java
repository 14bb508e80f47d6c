package de.offenekommune.registration.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDateFormatter;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.platform.CsvWriter;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.registration.internal.GivenAnswer;
import de.offenekommune.registration.internal.ParticipantActionException;
import de.offenekommune.registration.internal.QuestionType;
import de.offenekommune.registration.internal.RegistrationAnswers;
import de.offenekommune.registration.internal.RegistrationQuestion;
import de.offenekommune.registration.internal.RegistrationQuestions;
import de.offenekommune.registration.internal.ParticipantManagement;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.internal.RegistrationId;
import de.offenekommune.registration.RegistrationManagement;
import de.offenekommune.registration.internal.WorkshopLists;
import de.offenekommune.registration.internal.RegistrationOptions;
import de.offenekommune.registration.RegistrationState;
import de.offenekommune.registration.internal.Registrations;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The organizer's view of an event's registrations: counts, the searchable list, cancelling and moving
 * people, the CSV export, a message to all confirmed participants, and the form settings.
 */
@Controller
@RequestMapping("/manage/events/{id}/registrations")
class ParticipantsController {

    static final int PAGE_SIZE = 100;

    private final ParticipantManagement participants;
    private final RegistrationManagement management;
    private final Registrations registrations;
    private final EventDateFormatter dates;
    private final MessageSource messages;
    private final RegistrationQuestions questions;
    private final RegistrationAnswers answers;
    private final SettingsPage settingsPage;
    private final WorkshopLists workshopLists;

    @SuppressWarnings("java:S107")
    ParticipantsController(ParticipantManagement participants, RegistrationManagement management,
            Registrations registrations, EventDateFormatter dates, MessageSource messages,
            RegistrationQuestions questions, RegistrationAnswers answers, SettingsPage settingsPage,
            WorkshopLists workshopLists) {
        this.questions = questions;
        this.answers = answers;
        this.settingsPage = settingsPage;
        this.participants = participants;
        this.management = management;
        this.registrations = registrations;
        this.dates = dates;
        this.messages = messages;
        this.workshopLists = workshopLists;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @RequestParam(required = false) String q, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "1") int page, Model model) {
        Event event = participants.manageable(user, eventId(id));
        RegistrationState filter = state(state);
        int current = Math.min(Math.max(page, 1), 10_000);
        List<Registration> list = registrations.search(event.id(), q, filter, PAGE_SIZE, (current - 1) * PAGE_SIZE);
        Map<Registration, Integer> positions = new LinkedHashMap<>();
        list.forEach(registration -> positions.put(registration, registrations.waitlistPosition(registration)));
        model.addAttribute("event", event);
        model.addAttribute("counts", registrations.countByState(event.id()));
        model.addAttribute("availability", management.availability(event));
        model.addAttribute("registrations", positions);
        model.addAttribute("total", registrations.countMatching(event.id(), q, filter));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("state", filter == null ? "" : filter.name());
        model.addAttribute("page", current);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("dates", dates);
        model.addAttribute("questions", questions.ofEvent(event.id()));
        model.addAttribute("answers", answers.ofEvent(event.id()));
        return "registration/manage/list";
    }

    /** Moving between seat and waitlist can be undone with the other button; cancelling asks first. */
    @PostMapping("/{registration}/{action:to-seat|to-waitlist}")
    String act(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @PathVariable String registration, @PathVariable String action, RedirectAttributes redirect) {
        EventId event = eventId(id);
        RegistrationId registrationId = RegistrationId.parse(registration).orElseThrow(() -> new EventNotFoundException(event));
        try {
            if (action.equals("to-seat")) {
                participants.moveToSeat(user, event, registrationId);
            } else {
                participants.moveToWaitlist(user, event, registrationId);
            }
            redirect.addFlashAttribute("notice", "registration.manage.done." + action);
        } catch (ParticipantActionException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/manage/events/" + event + "/registrations";
    }

    @GetMapping(value = "/export", produces = "text/csv")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            Locale locale) {
        Event event = participants.manageable(user, eventId(id));
        var zone = event.details().schedule().zone();
        List<String> header = new ArrayList<>(List.of("state", "name", "email", "organization", "companions", "people",
                "answer", "accessibilityNeeds", "waitlistPosition", "registeredAt", "confirmedAt", "workshops").stream()
                .map(column -> messages.getMessage("registration.csv." + column, null, locale)).toList());
        List<RegistrationQuestion> asked = questions.ofEvent(event.id());
        Map<RegistrationId, Map<UUID, GivenAnswer>> given = answers.ofEvent(event.id());
        // Special-category answers only in columns that say so.
        asked.forEach(question -> header.add(question.specialCategory()
                ? messages.getMessage("questions.csv.special", new Object[] {question.label()}, locale)
                : question.label()));
        List<List<String>> rows = new ArrayList<>();
        var workshops = workshopLists.titlesByRegistration(event.id());
        for (RegistrationState state : List.of(RegistrationState.CONFIRMED, RegistrationState.PENDING_CONFIRMATION,
                RegistrationState.WAITLISTED, RegistrationState.PENDING_APPROVAL, RegistrationState.CANCELLED,
                RegistrationState.DECLINED, RegistrationState.EXPIRED)) {
            int position = 0;
            for (Registration r : registrations.findByEvent(event.id(), state)) {
                position = state == RegistrationState.WAITLISTED ? position + 1 : 0;
                List<String> row = new ArrayList<>();
                row.add(messages.getMessage(r.state().messageKey(), null, locale));
                row.add(r.name());
                row.add(r.email());
                row.add(r.organization());
                row.add(String.valueOf(r.companions()));
                row.add(String.valueOf(r.party()));
                row.add(r.answer());
                row.add(r.accessibilityNeeds());
                row.add(position == 0 ? "" : String.valueOf(position));
                row.add(dates.iso(r.createdAt(), zone));
                row.add(r.confirmedAt() == null ? "" : dates.iso(r.confirmedAt(), zone));
                row.add(String.join("; ", workshops.getOrDefault(r.id(), List.of())));
                Map<UUID, GivenAnswer> own = given.getOrDefault(r.id(), Map.of());
                asked.forEach(question -> row.add(own.containsKey(question.id())
                        ? answerText(question, own.get(question.id()), locale) : ""));
                rows.add(row);
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("anmeldungen-" + event.slug() + ".csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(CsvWriter.write(CsvWriter.Dialect.SPREADSHEET, header, rows));
    }

    /** Yes and no in the organizer's language; choices and text as given. */
    private String answerText(RegistrationQuestion question, GivenAnswer answer, Locale locale) {
        if (question.type() == QuestionType.YES_NO) {
            return String.join(", ", answer.values().stream()
                    .map(value -> messages.getMessage("questions.answer." + value, null, locale)).toList());
        }
        return answer.text();
    }

    @GetMapping("/message")
    String messageForm(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id, Model model) {
        return messagePage(model, participants.manageable(user, eventId(id)), "", FormErrors.NONE);
    }

    @PostMapping("/message")
    String message(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @RequestParam(defaultValue = "") String message, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        Event event = participants.manageable(user, eventId(id));
        try {
            int sent = participants.message(user, event.id(), message);
            redirect.addFlashAttribute("notice", sent == 0 ? "registration.manage.message.nobody" : "registration.manage.message.sent");
            return "redirect:/manage/events/" + event.id() + "/registrations";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return messagePage(model, event, message, FormErrors.of(e.violations(), field -> field, messages, locale));
        }
    }

    @GetMapping("/settings")
    String settingsForm(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id, Model model) {
        return settingsPage.saved(model, participants.manageable(user, eventId(id)));
    }

    @PostMapping("/settings")
    String settings(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @ModelAttribute("form") OptionsForm form, @RequestParam(defaultValue = "false") boolean approval, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Event event = participants.manageable(user, eventId(id));
        model.addAttribute("approval", approval);
        Violations violations = new Violations();
        RegistrationOptions options = form.toOptions(violations);
        try {
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            participants.saveOptions(user, event.id(), options);
            participants.requireApproval(user, event.id(), approval);
            redirect.addFlashAttribute("notice", "registration.settings.saved");
            return "redirect:/manage/events/" + event.id() + "/registrations";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return settingsPage.render(model, event, form, FormErrors.of(e.violations(), field -> field, messages, locale));
        }
    }

    private String messagePage(Model model, Event event, String message, FormErrors errors) {
        model.addAttribute("event", event);
        model.addAttribute("message", message);
        model.addAttribute("errors", errors);
        model.addAttribute("recipients", registrations.countByState(event.id()).get(RegistrationState.CONFIRMED).registrations());
        return "registration/manage/message";
    }

    private static RegistrationState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return RegistrationState.valueOf(state);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static EventId eventId(String id) {
        return EventId.parse(id).orElseThrow(() -> new EventNotFoundException(null));
    }
}
