package de.offenekommune.programme.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import de.offenekommune.event.Event;
import de.offenekommune.event.Events;
import de.offenekommune.platform.web.PublicCaching;
import de.offenekommune.media.Portraits;
import de.offenekommune.programme.Programme;
import de.offenekommune.programme.Speaker;
import de.offenekommune.programme.Programmes;
import de.offenekommune.programme.Session;
import de.offenekommune.programme.SessionId;
import jakarta.servlet.http.HttpServletRequest;

/** The public programme of an event: its page, the whole timetable as a calendar file, and each session's file. */
@Controller
class ProgrammePagesController {

    private final Events events;
    private final Programmes programmes;
    private final ProgrammeCalendar calendar;
    private final PublicCaching caching;
    private final Clock clock;
    private final Portraits portraits;

    ProgrammePagesController(Events events, Programmes programmes, ProgrammeCalendar calendar, PublicCaching caching,
            Clock clock, Portraits portraits) {
        this.portraits = portraits;
        this.events = events;
        this.programmes = programmes;
        this.calendar = calendar;
        this.caching = caching;
        this.clock = clock;
    }

    @GetMapping("/events/{slug}/programme")
    String page(@PathVariable String slug, HttpServletRequest request, Model model) {
        Event event = publicEvent(slug);
        // "Now" and "next" change with the time; kept pages are fresh to the minute.
        caching.keepRendered(request);
        Programme programme = programmes.of(event.id());
        model.addAttribute("view", new TimetableView(event, programme, clock.instant(), portraits.findAll(
                programme.speakers().stream().filter(Speaker::consent).map(speaker -> speaker.id().value()).toList())));
        return "programme/page";
    }

    @GetMapping("/events/{slug}/programme.ics")
    ResponseEntity<byte[]> programme(@PathVariable String slug, Locale locale) {
        Event event = publicEvent(slug);
        Programme programme = programmes.of(event.id());
        return file(calendar.write(event, programme, programme.sessions(), locale), event.slug() + "-programme.ics");
    }

    @GetMapping("/events/{slug}/programme/{session}.ics")
    ResponseEntity<byte[]> session(@PathVariable String slug, @PathVariable String session, Locale locale) {
        Event event = publicEvent(slug);
        Programme programme = programmes.of(event.id());
        Session found = SessionId.parse(session).flatMap(programme::session)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return file(calendar.write(event, programme, List.of(found), locale), found.id() + ".ics");
    }

    private Event publicEvent(String slug) {
        return events.findBySlug(slug).filter(Event::isPublic)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<byte[]> file(String text, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, ProgrammeCalendar.CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(text.getBytes(StandardCharsets.UTF_8));
    }
}
