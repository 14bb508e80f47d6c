package de.offenekommune.event.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;

import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventPageSection;
import de.offenekommune.event.EventSummary;
import de.offenekommune.event.Events;
import de.offenekommune.platform.ResultPage;

/**
 * The public side: start page, upcoming events, the archive and each event's page.
 */
@Controller
class EventPagesController {

    static final int START_PAGE_SIZE = 12;
    static final int LIST_PAGE_SIZE = 20;
    private static final int MAX_PAGE = 10_000;

    private final Events events;
    private final OrganizationDirectory organizations;
    private final EventDateFormatter dates;
    private final Clock clock;
    private final List<EventPageSection> sections;

    EventPagesController(Events events, OrganizationDirectory organizations, EventDateFormatter dates, Clock clock,
            List<EventPageSection> sections) {
        this.events = events;
        this.organizations = organizations;
        this.dates = dates;
        this.clock = clock;
        this.sections = sections.stream().sorted(Comparator.comparingInt(EventPageSection::order)).toList();
    }

    @GetMapping("/")
    String home(Model model) {
        ResultPage<EventSummary> upcoming = events.findUpcoming(clock.instant(), 1, START_PAGE_SIZE);
        addList(model, upcoming);
        return "event/home";
    }

    @GetMapping("/events")
    String upcoming(@RequestParam(defaultValue = "1") int page, Model model) {
        addList(model, events.findUpcoming(clock.instant(), clamp(page), LIST_PAGE_SIZE));
        model.addAttribute("archive", false);
        return "event/list";
    }

    @GetMapping("/events/archive")
    String archive(@RequestParam(defaultValue = "1") int page, Model model) {
        addList(model, events.findPast(clock.instant(), clamp(page), LIST_PAGE_SIZE));
        model.addAttribute("archive", true);
        return "event/list";
    }

    @GetMapping("/events/{slug}")
    Object event(@PathVariable String slug, Model model) {
        Event event = events.findBySlug(slug).filter(Event::isPublic).orElse(null);
        if (event == null) {
            return events.findCurrentSlugByAlias(slug)
                    .map(current -> {
                        RedirectView redirect = new RedirectView("/events/" + current);
                        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
                        return (Object) redirect;
                    })
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        addEvent(model, event, false);
        return "event/page";
    }

    /** Shared with the organizer's preview, which shows drafts the same way. */
    void addEvent(Model model, Event event, boolean preview) {
        model.addAttribute("event", event);
        model.addAttribute("organization", organizations.find(event.organizer()).orElse(null));
        model.addAttribute("past", event.hasEnded(clock.instant()));
        model.addAttribute("dates", dates);
        model.addAttribute("preview", preview);
        model.addAttribute("sections", sections);
    }

    private void addList(Model model, ResultPage<EventSummary> page) {
        Map<OrganizationId, Organization> organizers = organizations.findAll(
                page.items().stream().map(EventSummary::organizer).collect(Collectors.toSet()));
        model.addAttribute("events", page);
        model.addAttribute("organizers", organizers);
        model.addAttribute("dates", dates);
        model.addAttribute("now", clock.instant());
    }

    private static int clamp(int page) {
        return Math.min(Math.max(page, 1), MAX_PAGE);
    }
}
