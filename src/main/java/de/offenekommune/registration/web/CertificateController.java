package de.offenekommune.registration.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.registration.internal.CertificateManagement;
import de.offenekommune.registration.internal.CertificateSettings;
import de.offenekommune.registration.internal.ParticipantManagement;
import jakarta.servlet.http.HttpServletResponse;

/** The organizer's switch for certificates of attendance, a form of its own on the registration settings page. */
@Controller
class CertificateController {

    private final CertificateManagement certificates;
    private final ParticipantManagement participants;
    private final SettingsPage settingsPage;
    private final MessageSource messages;

    CertificateController(CertificateManagement certificates, ParticipantManagement participants,
            SettingsPage settingsPage, MessageSource messages) {
        this.certificates = certificates;
        this.participants = participants;
        this.settingsPage = settingsPage;
        this.messages = messages;
    }

    @PostMapping("/manage/events/{id}/registrations/settings/certificate")
    String save(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean enabled, @RequestParam(defaultValue = "") String certificateRemark,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Event event = participants.manageable(user,
                EventId.parse(id).orElseThrow(() -> new EventNotFoundException(null)));
        try {
            certificates.save(user, event.id(), enabled, certificateRemark);
            redirect.addFlashAttribute("notice", "certificate.settings.saved");
            return "redirect:/manage/events/" + event.id() + "/registrations/settings";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("certificate", new CertificateSettings(enabled, certificateRemark));
            model.addAttribute("certificateErrors", FormErrors.of(e.violations(), field -> field, messages, locale));
            return settingsPage.saved(model, event);
        }
    }
}
