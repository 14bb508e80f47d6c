package de.offenekommune.barcamp.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.barcamp.BarcampPlanning;
import de.offenekommune.barcamp.internal.ProposalId;
import de.offenekommune.barcamp.internal.ProposalNotFoundException;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The organizer's barcamp page: open or close proposals, approve or reject them, place approved ones into
 * free cells of the programme, and tell everyone interested. Plain forms, usable without a mouse.
 */
@Controller
@RequestMapping("/manage/events/{id}/barcamp")
class BarcampPlanningController {

    private final BarcampPlanning planning;
    private final MessageSource messages;

    BarcampPlanningController(BarcampPlanning planning, MessageSource messages) {
        this.planning = planning;
        this.messages = messages;
    }

    @GetMapping
    String page(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id, Model model) {
        return page(model, planning.manageable(user, eventId(id)), null, FormErrors.NONE);
    }

    @PostMapping("/{state:open|close}")
    String open(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id, @PathVariable String state,
            RedirectAttributes redirect) {
        EventId event = eventId(id);
        planning.open(user, event, state.equals("open"));
        redirect.addFlashAttribute("notice", state.equals("open") ? "barcamp.manage.opened" : "barcamp.manage.closed");
        return "redirect:/manage/events/" + event + "/barcamp";
    }

    @PostMapping("/proposals/{proposal}/{decision:approve|reject}")
    String decide(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @PathVariable String proposal, @PathVariable String decision, RedirectAttributes redirect) {
        EventId event = eventId(id);
        ProposalId proposalId = proposalId(proposal);
        if (decision.equals("approve")) {
            planning.approve(user, event, proposalId);
        } else {
            planning.reject(user, event, proposalId);
        }
        redirect.addFlashAttribute("notice", decision.equals("approve") ? "barcamp.manage.approved" : "barcamp.manage.rejected");
        return "redirect:/manage/events/" + event + "/barcamp#proposal-" + proposalId;
    }

    @PostMapping("/proposals/{proposal}/place")
    String place(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id, @PathVariable String proposal,
            HttpServletRequest request, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        Event event = planning.manageable(user, eventId(id));
        ProposalId proposalId = proposalId(proposal);
        try {
            // Each proposal's form names its cell field after the proposal, so that the labels stay unique.
            planning.place(user, event.id(), proposalId, request.getParameter("cell-" + proposalId));
            redirect.addFlashAttribute("notice", "barcamp.manage.placed");
            return "redirect:/manage/events/" + event.id() + "/barcamp#grid";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            String field = "cell-" + proposalId;
            return page(model, event, proposalId, FormErrors.of(e.violations(), any -> field, messages, locale));
        }
    }

    @PostMapping("/publish")
    String publish(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id, RedirectAttributes redirect) {
        EventId event = eventId(id);
        int announced = planning.publish(user, event);
        redirect.addFlashAttribute("notice", announced == 0 ? "barcamp.manage.nothingToPublish" : "barcamp.manage.published");
        return "redirect:/manage/events/" + event + "/barcamp#grid";
    }

    private String page(Model model, Event event, ProposalId failed, FormErrors errors) {
        model.addAttribute("event", event);
        model.addAttribute("open", planning.isOpen(event.id()));
        model.addAttribute("proposals", planning.proposals(event.id()));
        model.addAttribute("grid", planning.grid(event.id()));
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        return "barcamp/manage";
    }

    private static EventId eventId(String id) {
        return EventId.parse(id).orElseThrow(() -> new EventNotFoundException(null));
    }

    private static ProposalId proposalId(String id) {
        return ProposalId.parse(id).orElseThrow(ProposalNotFoundException::new);
    }
}
