package de.offenekommune.programme.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.media.MediaProperties;
import de.offenekommune.media.Portraits;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.programme.Programme;
import de.offenekommune.programme.ProgrammeManagement;
import de.offenekommune.programme.Programmes;
import de.offenekommune.programme.RoomId;
import de.offenekommune.programme.SessionId;
import de.offenekommune.programme.SpeakerId;
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
    private final Portraits portraits;
    private final MediaProperties media;

    ProgrammeEditorController(ProgrammeManagement management, Programmes programmes, MessageSource messages,
            Portraits portraits, MediaProperties media) {
        this.portraits = portraits;
        this.media = media;
        this.management = management;
        this.programmes = programmes;
        this.messages = messages;
    }

    @GetMapping
    String edit(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @RequestParam(required = false) String session, @RequestParam(required = false) String room,
            @RequestParam(required = false) String speaker, Model model) {
        Event event = management.manageable(user, eventId(id));
        Programme programme = programmes.of(event.id());
        ProgrammeForms forms = blank(event);
        if (session != null) {
            var found = SessionId.parse(session).flatMap(programme::session)
                    .orElseThrow(() -> new EventNotFoundException(event.id()));
            forms = forms.withSession(SessionForm.of(found, event.details().schedule().zone()), found.id().toString(),
                    FormErrors.NONE);
        }
        if (room != null) {
            var found = RoomId.parse(room).flatMap(roomId -> programme.rooms().stream()
                    .filter(candidate -> candidate.id().equals(roomId)).findFirst())
                    .orElseThrow(() -> new EventNotFoundException(event.id()));
            forms = forms.withRoom(ProgrammeForms.RoomForm.of(found), found.id().toString(), FormErrors.NONE);
        }
        if (speaker != null) {
            var found = SpeakerId.parse(speaker).flatMap(speakerId -> programme.speakers().stream()
                    .filter(candidate -> candidate.id().equals(speakerId)).findFirst())
                    .orElseThrow(() -> new EventNotFoundException(event.id()));
            forms = forms.withSpeaker(ProgrammeForms.SpeakerForm.of(found, portraits.find(found.id().value()).orElse(null)),
                    found.id().toString(), FormErrors.NONE);
        }
        return page(model, event, programme, forms);
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
            return saved(redirect, event, "programme.session.saved", "sessions");
        } catch (InvalidInputException e) {
            return refused(model, event, response, blank(event).withSession(form, session,
                    FormErrors.of(e.violations(), ProgrammeEditorController::sessionField, messages, locale)));
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

    @PostMapping({"/rooms", "/rooms/{room}"})
    String saveRoom(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @PathVariable(required = false) String room, ProgrammeForms.RoomForm form, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        Event event = management.manageable(user, eventId(id));
        RoomId roomId = room == null ? null : RoomId.parse(room).orElseThrow(() -> new EventNotFoundException(event.id()));
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
            management.saveRoom(user, event.id(), roomId, form.roomName(), capacity, "true".equals(form.roomStepFree()),
                    violations);
            return saved(redirect, event, "programme.room.saved", "rooms");
        } catch (InvalidInputException e) {
            return refused(model, event, response, blank(event).withRoom(form, room,
                    FormErrors.of(e.violations(), field -> "room" + capitalized(field), messages, locale)));
        }
    }

    @PostMapping("/rooms/{room}/delete")
    String deleteRoom(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @PathVariable String room, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        Event event = management.manageable(user, eventId(id));
        RoomId roomId = RoomId.parse(room).orElseThrow(() -> new EventNotFoundException(event.id()));
        try {
            management.deleteRoom(user, event.id(), roomId);
            return saved(redirect, event, "programme.room.deleted", "rooms");
        } catch (InvalidInputException e) {
            return refused(model, event, response, blank(event).withRoom(ProgrammeForms.RoomForm.BLANK, null,
                    FormErrors.of(e.violations(), field -> "room-delete-" + roomId, messages, locale)));
        }
    }

    @PostMapping({"/speakers", "/speakers/{speaker}"})
    String saveSpeaker(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @PathVariable(required = false) String speaker, ProgrammeForms.SpeakerForm form,
            @RequestParam(required = false) MultipartFile speakerPortrait, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Event event = management.manageable(user, eventId(id));
        SpeakerId speakerId = speaker == null ? null
                : SpeakerId.parse(speaker).orElseThrow(() -> new EventNotFoundException(event.id()));
        byte[] file = speakerPortrait == null || speakerPortrait.isEmpty() ? null : speakerPortrait.getBytes();
        try {
            management.saveSpeaker(user, event.id(), speakerId, form.speakerName(), form.speakerRole(),
                    form.speakerOrganization(), form.speakerBio(), "true".equals(form.speakerConsent()),
                    form.portrait(file), new Violations());
            return saved(redirect, event, "programme.speaker.saved", "speakers-heading");
        } catch (InvalidInputException e) {
            return refused(model, event, response, blank(event).withSpeaker(form, speaker,
                    FormErrors.of(e.violations(), field -> "speaker" + capitalized(field), messages, locale)));
        }
    }

    @PostMapping("/speakers/{speaker}/delete")
    String deleteSpeaker(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @PathVariable String speaker, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        Event event = management.manageable(user, eventId(id));
        SpeakerId speakerId = SpeakerId.parse(speaker).orElseThrow(() -> new EventNotFoundException(event.id()));
        try {
            management.deleteSpeaker(user, event.id(), speakerId);
            return saved(redirect, event, "programme.speaker.deleted", "speakers-heading");
        } catch (InvalidInputException e) {
            return refused(model, event, response, blank(event).withSpeaker(ProgrammeForms.SpeakerForm.BLANK, null,
                    FormErrors.of(e.violations(), field -> "speaker-delete-" + speakerId, messages, locale)));
        }
    }

    private static ProgrammeForms blank(Event event) {
        return ProgrammeForms.blank(SessionForm.blank(event.details().schedule().localStart().toLocalDate()));
    }

    private static String saved(RedirectAttributes redirect, Event event, String notice, String section) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/manage/events/" + event.id() + "/programme#" + section;
    }

    private String refused(Model model, Event event, HttpServletResponse response, ProgrammeForms forms) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, event, programmes.of(event.id()), forms);
    }

    private String page(Model model, Event event, Programme programme, ProgrammeForms forms) {
        model.addAttribute("event", event);
        model.addAttribute("programme", programme);
        model.addAttribute("view", new TimetableView(event, programme, event.details().schedule().start()));
        model.addAttribute("forms", forms);
        model.addAttribute("portraits", portraits.findAll(programme.speakers().stream().map(s -> s.id().value()).toList()));
        model.addAttribute("maxImageMegabytes", media.maxImageSize().toMegabytes());
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
