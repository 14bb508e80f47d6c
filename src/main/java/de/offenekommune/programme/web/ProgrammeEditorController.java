package de.offenekommune.programme.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.programme.Programme;
import de.offenekommune.programme.ProgrammeManagement;
import de.offenekommune.programme.Programmes;
import de.offenekommune.programme.RoomId;
import de.offenekommune.programme.SessionId;
import de.offenekommune.programme.SpeakerId;
import de.offenekommune.platform.web.PageContextAdvice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The organizer's timetable editor: sessions, rooms and speakers of one event, each a plain form that
 * works without a mouse and without JavaScript. Refused input comes back as typed, with its problems.
 */
@Controller
@RequestMapping("/manage/events/{id}/programme")
class ProgrammeEditorController {

    private final ProgrammeManagement management;
    private final Programmes programmes;
    private final MessageSource messages;
    private final PageContextAdvice pages;

    ProgrammeEditorController(ProgrammeManagement management, Programmes programmes, MessageSource messages,
            PageContextAdvice pages) {
        this.pages = pages;
        this.management = management;
        this.programmes = programmes;
        this.messages = messages;
    }

    @GetMapping
    String edit(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @RequestParam(required = false) String session, Model model) {
        Event event = management.manageable(user, eventId(id));
        Programme programme = programmes.of(event.id());
        SessionForm form = SessionForm.blank(event.details().schedule().localStart().toLocalDate());
        String editing = null;
        if (session != null) {
            var found = SessionId.parse(session).flatMap(programme::session).orElseThrow(() -> new EventNotFoundException(event.id()));
            form = SessionForm.of(found, event.details().schedule().zone());
            editing = found.id().toString();
        }
        return page(model, event, programme, new ProgrammeForms(form, editing, FormErrors.NONE, ProgrammeForms.RoomForm.BLANK, FormErrors.NONE,
                ProgrammeForms.SpeakerForm.BLANK, FormErrors.NONE));
    }

    @PostMapping({"/sessions", "/sessions/{session}"})
    String saveSession(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @PathVariable(required = false) String session, SessionForm form, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        Event event = management.manageable(user, eventId(id));
        SessionId sessionId = session == null ? null
                : SessionId.parse(session).orElseThrow(() -> new EventNotFoundException(event.id()));
        Violations violations = new Violations();
        try {
            management.saveSession(user, event.id(), sessionId, form.toDraft(violations), violations);
            redirect.addFlashAttribute("notice", "programme.session.saved");
            return "redirect:/manage/events/" + event.id() + "/programme#sessions";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, event, programmes.of(event.id()), new ProgrammeForms(form, session,
                    FormErrors.of(e.violations(), ProgrammeEditorController::sessionField, messages, locale), ProgrammeForms.RoomForm.BLANK, FormErrors.NONE,
                    ProgrammeForms.SpeakerForm.BLANK, FormErrors.NONE));
        }
    }

    @PostMapping("/sessions/{session}/delete")
    String deleteSession(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @PathVariable String session, Locale locale, RedirectAttributes redirect) {
        EventId event = eventId(id);
        management.deleteSession(user, event, SessionId.parse(session).orElseThrow(() -> new EventNotFoundException(event)));
        redirect.addFlashAttribute("notice", "programme.session.deleted");
        return "redirect:/manage/events/" + event + "/programme#sessions";
    }

    @PostMapping("/rooms")
    String addRoom(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id, ProgrammeForms.RoomForm form, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Event event = management.manageable(user, eventId(id));
        Violations violations = new Violations();
        Integer capacity = null;
        if (form.roomCapacity() != null && !form.roomCapacity().isBlank()) {
            try {
                capacity = Integer.valueOf(form.roomCapacity().strip());
            } catch (NumberFormatException e) {
                violations.add("capacity", "programme.room.capacityInvalid");
            }
        }
        try {
            management.saveRoom(user, event.id(), (RoomId) null, form.roomName(), capacity, "true".equals(form.roomStepFree()),
                    violations);
            redirect.addFlashAttribute("notice", "programme.room.saved");
            return "redirect:/manage/events/" + event.id() + "/programme#rooms";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Programme programme = programmes.of(event.id());
            return page(model, event, programme, new ProgrammeForms(SessionForm.blank(event.details().schedule().localStart().toLocalDate()),
                    null, FormErrors.NONE, form, FormErrors.of(e.violations(), field -> "room" + capitalized(field), messages, locale),
                    ProgrammeForms.SpeakerForm.BLANK, FormErrors.NONE));
        }
    }

    @PostMapping("/speakers")
    String addSpeaker(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id, ProgrammeForms.SpeakerForm form,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Event event = management.manageable(user, eventId(id));
        try {
            management.saveSpeaker(user, event.id(), (SpeakerId) null, form.speakerName(), form.speakerRole(),
                    form.speakerOrganization(), form.speakerBio(), "true".equals(form.speakerConsent()), new Violations());
            redirect.addFlashAttribute("notice", "programme.speaker.saved");
            return "redirect:/manage/events/" + event.id() + "/programme#speakers";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, event, programmes.of(event.id()), new ProgrammeForms(
                    SessionForm.blank(event.details().schedule().localStart().toLocalDate()), null, FormErrors.NONE,
                    ProgrammeForms.RoomForm.BLANK, FormErrors.NONE, form,
                    FormErrors.of(e.violations(), field -> "speaker" + capitalized(field), messages, locale)));
        }
    }

    @ExceptionHandler(EventNotFoundException.class)
    ModelAndView notFound(HttpServletRequest request, Locale locale) {
        ModelAndView view = new ModelAndView("platform/error", HttpStatus.NOT_FOUND);
        view.addObject("ctx", pages.create(request, locale));
        view.addObject("status", 404);
        view.addObject("titleKey", "error.404.title");
        view.addObject("messageKey", "error.404.message");
        return view;
    }

    private String page(Model model, Event event, Programme programme, ProgrammeForms forms) {
        model.addAttribute("event", event);
        model.addAttribute("programme", programme);
        model.addAttribute("view", new TimetableView(event, programme, event.details().schedule().start()));
        model.addAttribute("forms", forms);
        model.addAttribute("kinds", List.of(de.offenekommune.programme.SessionKind.values()));
        return "programme/editor";
    }

    /** The rules speak of a session's start and end; the form has a date and two times. */
    private static String sessionField(String field) {
        return switch (field) {
            case "start" -> "startTime";
            case "end" -> "endTime";
            default -> field;
        };
    }

    private static String capitalized(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private static EventId eventId(String id) {
        return EventId.parse(id).orElseThrow(() -> new EventNotFoundException(null));
    }
}
