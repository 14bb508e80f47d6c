package de.offenekommune.registration.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDateFormatter;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.registration.internal.ParticipantActionException;
import de.offenekommune.registration.internal.ParticipantManagement;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.internal.RegistrationId;
import de.offenekommune.registration.internal.Registrations;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cancelling someone's registration cannot be undone, so the organizer confirms it on a page that names
 * the person and may add a message for them, which goes into their cancellation mail.
 */
@Controller
@RequestMapping("/manage/events/{id}/registrations/{registration}/cancel")
class ParticipantCancellationController {

    private final ParticipantManagement participants;
    private final Registrations registrations;
    private final EventDateFormatter dates;
    private final MessageSource messages;

    ParticipantCancellationController(ParticipantManagement participants, Registrations registrations,
            EventDateFormatter dates, MessageSource messages) {
        this.participants = participants;
        this.registrations = registrations;
        this.dates = dates;
        this.messages = messages;
    }

    @GetMapping
    String ask(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @PathVariable String registration, Model model, RedirectAttributes redirect) {
        EventId event = eventId(id);
        Registration found = participants.registration(user, event, registrationId(event, registration));
        if (!found.state().isActive()) {
            redirect.addFlashAttribute("problem", "registration.manage.notActive");
            return list(event);
        }
        return page(model, participants.manageable(user, event), found, "", FormErrors.NONE);
    }

    @PostMapping
    String cancel(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @PathVariable String registration, @RequestParam(defaultValue = "") String message, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        EventId event = eventId(id);
        RegistrationId registrationId = registrationId(event, registration);
        try {
            participants.cancel(user, event, registrationId, message);
            redirect.addFlashAttribute("notice", "registration.manage.done.cancel");
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, participants.manageable(user, event), participants.registration(user, event, registrationId),
                    message, FormErrors.of(e.violations(), field -> field, messages, locale));
        } catch (ParticipantActionException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return list(event);
    }

    private String page(Model model, Event event, Registration registration, String message, FormErrors errors) {
        model.addAttribute("event", event);
        model.addAttribute("registration", registration);
        model.addAttribute("position", registrations.waitlistPosition(registration));
        model.addAttribute("message", message);
        model.addAttribute("errors", errors);
        model.addAttribute("dates", dates);
        model.addAttribute("messageMax", ParticipantManagement.CANCEL_MESSAGE_MAX);
        return "registration/manage/cancel";
    }

    static String list(EventId event) {
        return "redirect:/manage/events/" + event + "/registrations";
    }

    static EventId eventId(String id) {
        return EventId.parse(id).orElseThrow(() -> new EventNotFoundException(null));
    }

    static RegistrationId registrationId(EventId event, String registration) {
        return RegistrationId.parse(registration).orElseThrow(() -> new EventNotFoundException(event));
    }
}
