package de.offenekommune.registration.web;

import static de.offenekommune.registration.web.ParticipantCancellationController.eventId;
import static de.offenekommune.registration.web.ParticipantCancellationController.list;
import static de.offenekommune.registration.web.ParticipantCancellationController.registrationId;

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
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.event.EventDateFormatter;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.registration.internal.ParticipantActionException;
import de.offenekommune.registration.internal.ParticipantManagement;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.internal.RegistrationId;
import de.offenekommune.registration.RegistrationState;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Accepting or declining a registration request: the organizer sees who asked and may add a message,
 * which goes into the mail that tells the person the decision.
 */
@Controller
@RequestMapping("/manage/events/{id}/registrations/{registration}/decide")
class ParticipantDecisionController {

    private final ParticipantManagement participants;
    private final EventDateFormatter dates;
    private final MessageSource messages;

    ParticipantDecisionController(ParticipantManagement participants, EventDateFormatter dates, MessageSource messages) {
        this.participants = participants;
        this.dates = dates;
        this.messages = messages;
    }

    @GetMapping
    String ask(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @PathVariable String registration, Model model, RedirectAttributes redirect) {
        EventId event = eventId(id);
        Registration found = participants.registration(user, event, registrationId(event, registration));
        if (found.state() != RegistrationState.PENDING_APPROVAL) {
            redirect.addFlashAttribute("problem", "registration.manage.notPendingApproval");
            return list(event);
        }
        return page(model, user, event, found, "", FormErrors.NONE);
    }

    @PostMapping
    String decide(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @PathVariable String registration, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String message, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        EventId event = eventId(id);
        RegistrationId registrationId = registrationId(event, registration);
        try {
            if (decision.equals("accept")) {
                participants.accept(user, event, registrationId, message);
            } else if (decision.equals("decline")) {
                participants.decline(user, event, registrationId, message);
            } else {
                throw new EventNotFoundException(event);
            }
            redirect.addFlashAttribute("notice", "registration.manage.done." + decision);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, user, event, participants.registration(user, event, registrationId), message,
                    FormErrors.of(e.violations(), field -> field, messages, locale));
        } catch (ParticipantActionException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return list(event);
    }

    private String page(Model model, AccountPrincipal user, EventId event, Registration registration, String message,
            FormErrors errors) {
        model.addAttribute("event", participants.manageable(user, event));
        model.addAttribute("registration", registration);
        model.addAttribute("message", message);
        model.addAttribute("errors", errors);
        model.addAttribute("dates", dates);
        model.addAttribute("messageMax", ParticipantManagement.CANCEL_MESSAGE_MAX);
        return "registration/manage/decide";
    }
}
