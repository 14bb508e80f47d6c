package de.offenekommune.registration.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import de.offenekommune.event.Event;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.registration.internal.CertificateManagement;
import de.offenekommune.registration.RegistrationManagement;

/**
 * The page "Einstellungen der Anmeldung": the form options and the approval switch, and below them the
 * certificate form, each saved on its own. A form sent back with errors shows the other one as saved.
 */
@Component
class SettingsPage {

    static final String VIEW = "registration/manage/settings";

    private final RegistrationManagement management;
    private final CertificateManagement certificates;

    SettingsPage(RegistrationManagement management, CertificateManagement certificates) {
        this.management = management;
        this.certificates = certificates;
    }

    /** The page with the form options and the approval switch as saved. */
    String saved(Model model, Event event) {
        model.addAttribute("approval", management.approvalRequired(event.id()));
        return render(model, event, OptionsForm.of(management.options(event.id())), FormErrors.NONE);
    }

    String render(Model model, Event event, OptionsForm form, FormErrors errors) {
        if (!model.containsAttribute("certificate")) {
            model.addAttribute("certificate", certificates.settings(event));
        }
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
