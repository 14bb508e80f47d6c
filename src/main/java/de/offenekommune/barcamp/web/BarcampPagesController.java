package de.offenekommune.barcamp.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.barcamp.internal.BarcampSubmissions;
import de.offenekommune.barcamp.internal.Participant;
import de.offenekommune.barcamp.Proposal;
import de.offenekommune.barcamp.internal.ProposalId;
import de.offenekommune.barcamp.internal.ProposalNotFoundException;
import de.offenekommune.barcamp.internal.RankedProposal;
import de.offenekommune.comment.FormStamps;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDateFormatter;
import de.offenekommune.event.Schedule;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.programme.Programme;
import de.offenekommune.programme.Programmes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public barcamp page: approved proposals by interest, a form to propose, and marking interest; for
 * guests with a confirmation mail, for registered participants directly through their personal link.
 */
@Controller
class BarcampPagesController {

    private final BarcampSubmissions submissions;
    private final Programmes programmes;
    private final FormStamps stamps;
    private final EventDateFormatter dates;
    private final MessageSource messages;

    BarcampPagesController(BarcampSubmissions submissions, Programmes programmes, FormStamps stamps,
            EventDateFormatter dates, MessageSource messages) {
        this.submissions = submissions;
        this.programmes = programmes;
        this.stamps = stamps;
        this.dates = dates;
        this.messages = messages;
    }

    @GetMapping("/events/{slug}/barcamp")
    String page(@PathVariable String slug, Model model, Locale locale) {
        Event event = submissions.barcampOf(slug);
        return page(model, event, null, ProposalForm.blank(""), FormErrors.NONE, null, locale);
    }

    @PostMapping("/events/{slug}/barcamp")
    String propose(@PathVariable String slug, ProposalForm form, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) {
        Event event = submissions.barcampOf(slug);
        String sendAgain = doubtOf(event, form.website(), form.stamp());
        if (sendAgain == null) {
            try {
                submissions.propose(event, form.toInput(), request.getRemoteAddr(), mailLocale(locale));
                model.addAttribute("event", event);
                model.addAttribute("titleKey", "barcamp.sent.title");
                model.addAttribute("messageKey", "barcamp.sent.message");
                return "barcamp/message";
            } catch (InvalidInputException e) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return page(model, event, null, form, errors(e, locale), null, locale);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, event, null, form, FormErrors.NONE, sendAgain, locale);
    }

    @GetMapping("/events/{slug}/barcamp/{proposal}/interest")
    String interestForm(@PathVariable String slug, @PathVariable String proposal, Model model) {
        Event event = submissions.barcampOf(slug);
        return interestPage(model, event, shownProposal(event, proposal), "", FormErrors.NONE, null);
    }

    @PostMapping("/events/{slug}/barcamp/{proposal}/interest")
    String markInterest(@PathVariable String slug, @PathVariable String proposal, @RequestParam(required = false) String email,
            @RequestParam(required = false) String stamp, @RequestParam(required = false) String website,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        Event event = submissions.barcampOf(slug);
        Proposal shown = shownProposal(event, proposal);
        String sendAgain = doubtOf(event, website, stamp);
        if (sendAgain == null) {
            try {
                submissions.markInterest(event, shown.id(), email, request.getRemoteAddr(), mailLocale(locale));
                model.addAttribute("event", event);
                model.addAttribute("titleKey", "barcamp.interestSent.title");
                model.addAttribute("messageKey", "barcamp.interestSent.message");
                return "barcamp/message";
            } catch (InvalidInputException e) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return interestPage(model, event, shown, email, errors(e, locale), null);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return interestPage(model, event, shown, email, FormErrors.NONE, sendAgain);
    }

    @GetMapping("/registrations/{token}/barcamp")
    String personalPage(@PathVariable String token, HttpServletResponse response, Model model, Locale locale) {
        privatePage(response);
        Participant participant = submissions.participant(token);
        return page(model, participant.event(), participant, ProposalForm.blank(""), FormErrors.NONE, null, locale);
    }

    @PostMapping("/registrations/{token}/barcamp")
    String proposeAsParticipant(@PathVariable String token, ProposalForm form, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        privatePage(response);
        Participant participant = submissions.participant(token);
        String sendAgain = doubtOf(participant.event(), form.website(), form.stamp());
        if (sendAgain == null) {
            try {
                submissions.propose(participant, form.toInput(), request.getRemoteAddr(), mailLocale(locale));
                redirect.addFlashAttribute("notice", "barcamp.proposed");
                return "redirect:/registrations/" + token + "/barcamp";
            } catch (InvalidInputException e) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return page(model, participant.event(), participant, form, errors(e, locale), null, locale);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, participant.event(), participant, form, FormErrors.NONE, sendAgain, locale);
    }

    @PostMapping("/registrations/{token}/barcamp/{proposal}/interest")
    String markInterestAsParticipant(@PathVariable String token, @PathVariable String proposal,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        privatePage(response);
        Participant participant = submissions.participant(token);
        Proposal marked = submissions.markInterest(participant,
                ProposalId.parse(proposal).orElseThrow(ProposalNotFoundException::new), request.getRemoteAddr());
        redirect.addFlashAttribute("notice", "barcamp.interestMarked");
        return "redirect:/registrations/" + token + "/barcamp#proposal-" + marked.id();
    }

    @GetMapping("/barcamp/{what:proposals|interest}/confirm/{token}")
    String confirmation(@PathVariable String what, @PathVariable String token, HttpServletResponse response,
            Model model) {
        privatePage(response);
        if (what.equals("proposals")) {
            model.addAttribute("proposal", submissions.findConfirmable(token).orElseThrow(ProposalNotFoundException::new));
        }
        model.addAttribute("what", what);
        model.addAttribute("token", token);
        return "barcamp/confirm";
    }

    @PostMapping("/barcamp/{what:proposals|interest}/confirm/{token}")
    String confirm(@PathVariable String what, @PathVariable String token, HttpServletResponse response, Model model) {
        privatePage(response);
        boolean proposal = what.equals("proposals");
        Proposal confirmed = proposal ? submissions.confirmProposal(token) : submissions.confirmInterest(token);
        model.addAttribute("event", submissions.barcampEvent(confirmed));
        model.addAttribute("titleKey", proposal ? "barcamp.confirmed.title" : "barcamp.interestConfirmed.title");
        model.addAttribute("messageKey", proposal ? "barcamp.confirmed.message" : "barcamp.interestConfirmed.message");
        return "barcamp/message";
    }

    private String page(Model model, Event event, Participant participant, ProposalForm form, FormErrors errors,
            String sendAgain, Locale locale) {
        var shown = submissions.shown(event);
        Set<ProposalId> marked = new HashSet<>();
        if (participant != null) {
            for (RankedProposal ranked : shown) {
                if (submissions.hasMarked(participant, ranked.proposal().id())) {
                    marked.add(ranked.proposal().id());
                }
            }
        }
        model.addAttribute("page", new BarcampPage(event, shown, places(event, shown, locale),
                submissions.takesProposals(event), participant, marked, form, errors, sendAgain,
                participant == null ? "/events/" + event.slug() + "/barcamp" : "/registrations/" + participant.token() + "/barcamp",
                stamps.issue(event.id())));
        return "barcamp/page";
    }

    private String interestPage(Model model, Event event, Proposal proposal, String email, FormErrors errors,
            String sendAgain) {
        model.addAttribute("event", event);
        model.addAttribute("proposal", proposal);
        model.addAttribute("email", email == null ? "" : email);
        model.addAttribute("errors", errors);
        model.addAttribute("sendAgain", sendAgain);
        model.addAttribute("stamp", stamps.issue(event.id()));
        return "barcamp/interest";
    }

    private Map<ProposalId, String> places(Event event, Iterable<RankedProposal> shown, Locale locale) {
        Map<ProposalId, String> places = new HashMap<>();
        Programme programme = programmes.of(event.id());
        for (RankedProposal ranked : shown) {
            if (ranked.proposal().session() == null) {
                continue;
            }
            programme.session(ranked.proposal().session()).ifPresent(session -> places.put(ranked.proposal().id(),
                    dates.when(new Schedule(session.start(), session.end(), event.details().schedule().zone(), false), locale)
                            + programme.room(session).map(room -> " · " + room.name()).orElse("")));
        }
        return places;
    }

    private Proposal shownProposal(Event event, String id) {
        return ProposalId.parse(id)
                .flatMap(parsed -> submissions.shown(event).stream().map(RankedProposal::proposal)
                        .filter(each -> each.id().equals(parsed)).findFirst())
                .orElseThrow(ProposalNotFoundException::new);
    }

    /** @return the message asking to send the form once more (see {@link FormStamps}), or {@code null} */
    private String doubtOf(Event event, String website, String stamp) {
        return switch (stamps.check(event.id(), website, stamp)) {
            case FINE -> null;
            case EXPIRED -> "barcamp.form.sendAgain.expired";
            case TOO_FAST, FORGED -> "barcamp.form.sendAgain";
        };
    }

    private FormErrors errors(InvalidInputException e, Locale locale) {
        return FormErrors.of(e.violations(), field -> field, messages, locale)
                .labelled(ProposalForm.FIELDS, messages, locale);
    }

    private static void privatePage(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex");
    }

    private static Locale mailLocale(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
    }
}
