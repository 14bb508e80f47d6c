package de.offenekommune.event.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.event.Event;
import de.offenekommune.event.internal.EventConflictException;
import de.offenekommune.event.EventDateFormatter;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventManagement;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.event.internal.EventSummary;
import de.offenekommune.event.Events;
import de.offenekommune.event.MunicipalityRegister;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Organizers create, edit, preview, publish, postpone, cancel and delete their organizations' events.
 */
@Controller
@RequestMapping("/manage/events")
class EventEditorController {

    private final EventManagement management;
    private final Events events;
    private final OrganizationDirectory organizations;
    private final EventFormOptions options;
    private final EventPagesController pages;
    private final EventDateFormatter dates;
    private final MessageSource messages;
    private final MunicipalityRegister municipalities;

    EventEditorController(EventManagement management, Events events, OrganizationDirectory organizations,
            EventFormOptions options, EventPagesController pages, EventDateFormatter dates, MessageSource messages,
            MunicipalityRegister municipalities) {
        this.municipalities = municipalities;
        this.management = management;
        this.events = events;
        this.organizations = organizations;
        this.options = options;
        this.pages = pages;
        this.dates = dates;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        List<Organization> managed = organizations.managedBy(user);
        Set<OrganizationId> ids = managed.stream().map(Organization::id).collect(Collectors.toSet());
        List<EventSummary> list = events.findByOrganizers(ids);
        Map<OrganizationId, Organization> byId = managed.stream()
                .collect(Collectors.toMap(Organization::id, organization -> organization));
        model.addAttribute("events", list);
        model.addAttribute("organizers", byId);
        model.addAttribute("dates", dates);
        model.addAttribute("canCreate", !managed.isEmpty());
        return "event/manage/list";
    }

    @GetMapping("/new")
    String newEvent(@AuthenticationPrincipal AccountPrincipal user, Model model, Locale locale) {
        List<Organization> managed = organizations.managedBy(user);
        return editor(model, EventForm.blank(managed.size() == 1 ? managed.get(0).id() : null), FormErrors.NONE, null,
                user, locale);
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal AccountPrincipal user, @ModelAttribute EventForm form, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Violations violations = new Violations();
        OrganizationId organization = form.organization(violations);
        EventDetails details = form.toDetails(violations, municipalities::findByName);
        try {
            Event event = management.create(user, organization, details, form.slug(), violations);
            redirect.addFlashAttribute("notice", "manage.notice.created");
            return "redirect:/manage/events/" + event.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return editor(model, form, errors(e.violations(), locale), null, user, locale);
        }
    }

    @GetMapping("/{id}")
    String overview(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id, Model model) {
        Event event = management.findManageable(user, eventId(id));
        model.addAttribute("event", event);
        model.addAttribute("organization", organizations.find(event.organizer()).orElse(null));
        model.addAttribute("dates", dates);
        return "event/manage/overview";
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id, Model model, Locale locale) {
        Event event = management.findManageable(user, eventId(id));
        return editor(model, EventForm.of(event), FormErrors.NONE, event, user, locale);
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @ModelAttribute EventForm form, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        Event event = management.findManageable(user, eventId(id));
        Violations violations = new Violations();
        EventDetails details = form.toDetails(violations, municipalities::findByName);
        try {
            management.revise(user, event.id(), form.expectedVersion(), details, form.slug(), violations);
            redirect.addFlashAttribute("notice", "manage.notice.saved");
            return "redirect:/manage/events/" + event.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return editor(model, form, errors(e.violations(), locale), event, user, locale);
        } catch (EventConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Violations conflict = new Violations();
            conflict.add("version", "manage.conflict");
            return editor(model, form, errors(conflict, locale), event, user, locale);
        }
    }

    @GetMapping("/{id}/preview")
    String preview(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id, Model model) {
        pages.addEvent(model, management.findManageable(user, eventId(id)), true);
        return "event/page";
    }

    @PostMapping("/{id}/publish")
    String publish(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            RedirectAttributes redirect) {
        management.publish(user, eventId(id));
        redirect.addFlashAttribute("notice", "manage.notice.published");
        return "redirect:/manage/events/" + id;
    }

    @GetMapping("/{id}/{action:cancel|postpone|delete}")
    String confirm(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id, @PathVariable String action,
            Model model) {
        return confirmation(model, management.findManageable(user, eventId(id)), action, "", FormErrors.NONE);
    }

    @PostMapping("/{id}/cancel")
    String cancel(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @RequestParam(defaultValue = "") String note, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            management.cancel(user, eventId(id), note);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return confirmation(model, management.findManageable(user, eventId(id)), "cancel", note,
                    FormErrors.of(e.violations(), path -> "note", messages, locale));
        }
        redirect.addFlashAttribute("notice", "manage.notice.cancelled");
        return "redirect:/manage/events/" + id;
    }

    @PostMapping("/{id}/postpone")
    String postpone(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @RequestParam(defaultValue = "") String note, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            management.postpone(user, eventId(id), note);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return confirmation(model, management.findManageable(user, eventId(id)), "postpone", note,
                    FormErrors.of(e.violations(), path -> "note", messages, locale));
        }
        redirect.addFlashAttribute("notice", "manage.notice.postponed");
        return "redirect:/manage/events/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            RedirectAttributes redirect) {
        management.delete(user, eventId(id));
        redirect.addFlashAttribute("notice", "manage.notice.deleted");
        return "redirect:/manage/events";
    }

    /** Publishing, cancelling or postponing raced with someone else's change: show the event as it is now. */
    @ExceptionHandler(EventConflictException.class)
    String concurrentChange(EventConflictException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", "manage.notice.changedMeanwhile");
        return "redirect:/manage/events/" + e.id();
    }

    @ExceptionHandler(de.offenekommune.event.internal.EventStateException.class)
    String stateConflict(de.offenekommune.event.internal.EventStateException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", "manage.notice.notAllowed." + e.action());
        return "redirect:/manage/events";
    }

    private String editor(Model model, EventForm form, FormErrors errors, Event event, AccountPrincipal user,
            Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("event", event);
        model.addAttribute("organizations", organizations.managedBy(user));
        model.addAttribute("types", options.types(locale));
        model.addAttribute("attendanceModes", options.attendanceModes(locale));
        model.addAttribute("registrationModes", options.registrationModes(locale));
        model.addAttribute("audiences", options.audiences(locale));
        model.addAttribute("topics", options.topics(locale));
        model.addAttribute("accessibility", options.accessibility(locale));
        model.addAttribute("states", options.states(locale));
        model.addAttribute("zones", options.zones());
        model.addAttribute("municipalities", municipalities.findAll());
        return "event/manage/editor";
    }

    private String confirmation(Model model, Event event, String action, String note, FormErrors errors) {
        model.addAttribute("event", event);
        model.addAttribute("action", action);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        return "event/manage/confirm";
    }

    private FormErrors errors(Violations violations, Locale locale) {
        return FormErrors.of(violations, EventForm::fieldName, messages, locale).labelled(field -> {
            MessageSourceResolvable label = EventForm.label(field);
            return label == null ? null : messages.getMessage(label, locale);
        }, EventForm::position);
    }

    private static EventId eventId(String id) {
        return EventId.parse(id).orElseThrow(() -> new EventNotFoundException(null));
    }
}
