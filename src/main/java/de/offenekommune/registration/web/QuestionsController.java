package de.offenekommune.registration.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.registration.internal.ParticipantManagement;
import de.offenekommune.registration.internal.QuestionManagement;
import de.offenekommune.registration.internal.RegistrationAnswers;
import de.offenekommune.registration.internal.RegistrationQuestion;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The organizer's editor of the questions on an event's registration form: the list with a preview as
 * people will see it and the counts of answers, a form for a new question, editing, reordering, removing.
 */
@Controller
@RequestMapping("/manage/events/{id}/registrations/questions")
class QuestionsController {

    /** The editor's fields from top to bottom with their labels, for the error summary. */
    private static final Map<String, String> FIELDS = FormErrors.fields("label", "questions.field.label",
            "type", "questions.field.type", "choices", "questions.field.choices", "help", "questions.field.help",
            "purpose", "questions.field.purpose", "retention", "questions.field.retention",
            "retentionDays", "questions.field.retentionDays");

    private final QuestionManagement management;
    private final ParticipantManagement participants;
    private final RegistrationAnswers answers;
    private final MessageSource messages;

    QuestionsController(QuestionManagement management, ParticipantManagement participants, RegistrationAnswers answers,
            MessageSource messages) {
        this.management = management;
        this.participants = participants;
        this.answers = answers;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id, Model model) {
        Event event = participants.manageable(user, eventId(id));
        return listPage(model, user, event, QuestionForm.blank(), FormErrors.NONE);
    }

    @PostMapping
    String add(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @ModelAttribute("form") QuestionForm form, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        Event event = participants.manageable(user, eventId(id));
        try {
            management.add(user, event.id(), form.toDraft());
            redirect.addFlashAttribute("notice", "questions.added");
            return "redirect:" + base(event);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return listPage(model, user, event, form, errors(e, locale));
        }
    }

    @GetMapping("/{question}")
    String editForm(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @PathVariable String question, Model model) {
        Event event = participants.manageable(user, eventId(id));
        RegistrationQuestion existing = management.question(user, event.id(), questionId(event.id(), question));
        return editPage(model, event, existing, QuestionForm.of(existing), FormErrors.NONE);
    }

    @PostMapping("/{question}")
    String edit(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id, @PathVariable String question,
            @ModelAttribute("form") QuestionForm form, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        Event event = participants.manageable(user, eventId(id));
        RegistrationQuestion existing = management.question(user, event.id(), questionId(event.id(), question));
        try {
            management.update(user, event.id(), existing.id(), form.toDraft());
            redirect.addFlashAttribute("notice", "questions.saved");
            return "redirect:" + base(event);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return editPage(model, event, existing, form, errors(e, locale));
        }
    }

    @PostMapping("/{question}/remove")
    String remove(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @PathVariable String question, RedirectAttributes redirect) {
        EventId event = eventId(id);
        boolean archived = management.remove(user, event, questionId(event, question));
        redirect.addFlashAttribute("notice", archived ? "questions.archived" : "questions.deleted");
        return "redirect:/manage/events/" + event + "/registrations/questions";
    }

    @PostMapping("/{question}/{direction:up|down}")
    String move(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id, @PathVariable String question,
            @PathVariable String direction) {
        EventId event = eventId(id);
        management.move(user, event, questionId(event, question), direction.equals("up"));
        return "redirect:/manage/events/" + event + "/registrations/questions#question-" + question;
    }

    private FormErrors errors(InvalidInputException e, Locale locale) {
        return FormErrors.of(e.violations(), field -> field, messages, locale).labelled(FIELDS, messages, locale);
    }

    private String listPage(Model model, AccountPrincipal user, Event event, QuestionForm form, FormErrors errors) {
        List<RegistrationQuestion> questions = management.questions(user, event.id());
        model.addAttribute("event", event);
        model.addAttribute("questions", questions);
        model.addAttribute("counts", answers.counts(event.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "registration/manage/questions";
    }

    private String editPage(Model model, Event event, RegistrationQuestion question, QuestionForm form,
            FormErrors errors) {
        model.addAttribute("event", event);
        model.addAttribute("question", question);
        model.addAttribute("answered", answers.exist(question.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "registration/manage/question";
    }

    private static String base(Event event) {
        return "/manage/events/" + event.id() + "/registrations/questions";
    }

    private static UUID questionId(EventId event, String question) {
        try {
            return UUID.fromString(question);
        } catch (IllegalArgumentException e) {
            throw new EventNotFoundException(event);
        }
    }

    private static EventId eventId(String id) {
        return EventId.parse(id).orElseThrow(() -> new EventNotFoundException(null));
    }
}
