package de.offenekommune.event.web;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;

import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.event.EventImages;
import de.offenekommune.event.CatalogVersion;
import de.offenekommune.event.EventDateFormatter;
import de.offenekommune.event.EventQuery;
import de.offenekommune.event.EventQuery.Scope;
import de.offenekommune.event.EventSearch;
import de.offenekommune.event.internal.EventSummary;
import de.offenekommune.event.MunicipalityEntry;
import de.offenekommune.platform.ResultPage;
import de.offenekommune.platform.web.PublicCaching;

/**
 * A page per municipality and per organizer with their upcoming events and the addresses to follow
 * them; and the list of all municipalities with events.
 */
@Controller
class EventDirectoryController {

    static final int SHOWN = 10;
    private static final Pattern AGS = Pattern.compile("[0-9]{8}");

    private final EventSearch search;
    private final OrganizationDirectory organizations;
    private final EventDateFormatter dates;
    private final PublicCaching caching;
    private final Clock clock;

    private final ObjectProvider<EventImages> images;

    EventDirectoryController(EventSearch search, OrganizationDirectory organizations, EventDateFormatter dates,
            PublicCaching caching, Clock clock, ObjectProvider<EventImages> images) {
        this.images = images;
        this.search = search;
        this.organizations = organizations;
        this.dates = dates;
        this.caching = caching;
        this.clock = clock;
    }

    @GetMapping("/municipalities")
    String municipalities(ServletWebRequest web, Model model) {
        Instant now = minute();
        if (notModified(web, now)) {
            return null;
        }
        model.addAttribute("municipalities", search.municipalities(now));
        return "event/municipalities";
    }

    @GetMapping("/municipalities/{ags}")
    String municipality(@PathVariable String ags, ServletWebRequest web, Model model) {
        Instant now = minute();
        if (!AGS.matcher(ags).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        MunicipalityEntry municipality = search.municipalities(now).stream()
                .filter(entry -> entry.ags().equals(ags))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (notModified(web, now)) {
            return null;
        }
        EventQuery query = EventQuery.all(Scope.UPCOMING).withMunicipality(ags);
        model.addAttribute("municipality", municipality);
        model.addAttribute("organization", null);
        addEvents(model, query, now);
        return "event/directory";
    }

    @GetMapping("/organizations/{slug}")
    String organization(@PathVariable String slug, ServletWebRequest web, Model model) {
        Organization organization = organizations.findBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Instant now = minute();
        if (notModified(web, now)) {
            return null;
        }
        EventQuery query = EventQuery.all(Scope.UPCOMING)
                .withOrganizer(new EventQuery.Organizer(organization.slug(), organization.id()));
        model.addAttribute("municipality", null);
        model.addAttribute("organization", organization);
        addEvents(model, query, now);
        return "event/directory";
    }

    private void addEvents(Model model, EventQuery query, Instant now) {
        ResultPage<EventSummary> events = search.find(query, now, 1, SHOWN);
        List<EventSummary> items = events.items();
        model.addAttribute("query", query);
        model.addAttribute("events", events);
        CardImages.add(model, images, items);
        model.addAttribute("pastCount", search.find(query.withScope(Scope.PAST), now, 1, 1).total());
        model.addAttribute("organizers", organizations.findAll(
                items.stream().map(EventSummary::organizer).collect(Collectors.toSet())));
        model.addAttribute("dates", dates);
        model.addAttribute("now", now);
    }

    private boolean notModified(ServletWebRequest web, Instant now) {
        CatalogVersion version = search.version();
        return caching.notModified(web, EventListController.latest(version.changedAt(), now), version.version(), now);
    }

    private Instant minute() {
        return clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }
}
