package de.offenekommune.event.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.event.MunicipalityRegister;
import de.offenekommune.event.RegisteredMunicipality;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Administrators keep the register of municipalities that organizers pick from in the editor. A key is
 * registered once; the register never changes events, which keep the name and key they were saved with.
 */
@Controller
@RequestMapping("/admin/municipalities")
class MunicipalityAdminController {

    private final MunicipalityRegister register;
    private final EventFormOptions options;
    private final MessageSource messages;

    MunicipalityAdminController(MunicipalityRegister register, EventFormOptions options, MessageSource messages) {
        this.register = register;
        this.options = options;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        return page(model, MunicipalityForm.BLANK, FormErrors.NONE, locale);
    }

    @PostMapping
    String add(@ModelAttribute MunicipalityForm form, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        Violations violations = new Violations();
        RegisteredMunicipality municipality = form.toMunicipality(violations);
        if (municipality != null && !register.add(municipality)) {
            String existing = register.findByAgs(municipality.ags()).map(RegisteredMunicipality::name).orElse("");
            violations.add("ags", "admin.municipalities.duplicate", municipality.ags(), existing);
        }
        if (!violations.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, form, FormErrors.of(violations, field -> field, messages, locale)
                    .labelled(FormErrors.fields("name", "admin.municipalities.name", "ags", "admin.municipalities.ags",
                            "district", "admin.municipalities.district", "state", "admin.municipalities.state"),
                            messages, locale), locale);
        }
        redirect.addFlashAttribute("notice", "admin.municipalities.added");
        return "redirect:/admin/municipalities";
    }

    private String page(Model model, MunicipalityForm form, FormErrors errors, Locale locale) {
        model.addAttribute("municipalities", register.findAll());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("states", options.states(locale));
        return "event/admin/municipalities";
    }
}
