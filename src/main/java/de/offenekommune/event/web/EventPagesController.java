package de.offenekommune.event.web;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;

import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.event.EventImages;
import de.offenekommune.event.CatalogVersion;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDateFormatter;
import de.offenekommune.event.EventPageSection;
import de.offenekommune.event.EventSearch;
import de.offenekommune.event.EventStructuredData;
import de.offenekommune.event.internal.EventSummary;
import de.offenekommune.event.Events;
import de.offenekommune.platform.ResultPage;
import de.offenekommune.platform.web.PublicCaching;

/**
 * The public side: the start page and each event's page (lists are in {@link EventListController}).
 */
@Controller
class EventPagesController {

    static final int START_PAGE_SIZE = 12;

    private final Events events;
    private final OrganizationDirectory organizations;
    private final EventDateFormatter dates;
    private final Clock clock;
    private final EventSearch search;
    private final PublicCaching caching;
    private final ObjectProvider<EventStructuredData> structuredData;
    private final List<EventPageSection> sections;
    private final ObjectProvider<EventImages> images;

    EventPagesController(Events events, OrganizationDirectory organizations, EventDateFormatter dates, Clock clock,
            EventSearch search, PublicCaching caching, ObjectProvider<EventStructuredData> structuredData,
            List<EventPageSection> sections, ObjectProvider<EventImages> images) {
        this.images = images;
        this.events = events;
        this.organizations = organizations;
        this.dates = dates;
        this.clock = clock;
        this.search = search;
        this.caching = caching;
        this.structuredData = structuredData;
        this.sections = sections.stream().sorted(Comparator.comparingInt(EventPageSection::order)).toList();
    }

    @GetMapping("/")
    String home(ServletWebRequest web, Model model) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        CatalogVersion version = search.version();
        if (caching.notModified(web, EventListController.latest(version.changedAt(), now), version.version(), now)) {
            return null;
        }
        ResultPage<EventSummary> upcoming = events.findUpcoming(now, 1, START_PAGE_SIZE);
        addList(model, upcoming, now);
        return "event/home";
    }

    @GetMapping("/events/{slug}")
    Object event(@PathVariable String slug, ServletWebRequest web, Model model) {
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
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        // The page says "past" once the event is over, so the validators also change then.
        boolean past = event.hasEnded(now);
        Instant lastModified = past ? EventListController.latest(event.updatedAt(), event.details().schedule().end())
                : event.updatedAt();
        // Sections of other capabilities (registration, discussion) change without the event changing
        // and carry the visitor's CSRF token, so such pages get no HTTP validators; the application
        // still keeps them rendered, since their changes are signalled like the event's.
        if (sections.isEmpty()) {
            if (caching.notModified(web, lastModified, event.id(), event.version(), past)) {
                return null;
            }
        } else {
            caching.keepRendered(web.getRequest());
        }
        addEvent(model, event, false);
        model.addAttribute("jsonLd", structuredData.stream()
                .map(data -> data.jsonLd(event, (Organization) model.getAttribute("organization")))
                .findFirst().orElse(null));
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
        model.addAttribute("image", EventImages.shown(images, event.id())
                .orElse(null));
    }

    private void addList(Model model, ResultPage<EventSummary> page, Instant now) {
        Map<OrganizationId, Organization> organizers = organizations.findAll(
                page.items().stream().map(EventSummary::organizer).collect(Collectors.toSet()));
        model.addAttribute("events", page);
        CardImages.add(model, images, page.items());
        model.addAttribute("organizers", organizers);
        model.addAttribute("dates", dates);
        model.addAttribute("now", now);
    }
}
