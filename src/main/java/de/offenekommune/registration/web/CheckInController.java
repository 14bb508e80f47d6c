package de.offenekommune.registration.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.platform.web.PageContextAdvice;
import de.offenekommune.registration.CheckInDesk;
import de.offenekommune.registration.CheckInDesk.Admission;
import de.offenekommune.registration.RegistrationId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The check-in page at the door, made for a phone: scan a QR code (camera or photo, read in the browser),
 * type a code, search by name, add a walk-in; the counts and the latest check-ins refresh every second from
 * {@code /board}, answered with 304 while nothing changed. Every action also works without JavaScript.
 */
@Controller
@RequestMapping("/manage/events/{id}/check-in")
class CheckInController {


    /** What the page says about the last action. */
    record Result(String kind, String text) {
    }

    private final CheckInDesk desk;
    private final MessageSource messages;
    private final PageContextAdvice pages;

    CheckInController(CheckInDesk desk, MessageSource messages, PageContextAdvice pages) {
        this.desk = desk;
        this.messages = messages;
        this.pages = pages;
    }

    /** The camera may be used on this page only; everywhere else the platform refuses it. */
    @ModelAttribute
    void privatePage(HttpServletResponse response) {
        response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=(), payment=(), usb=()");
        response.setHeader("Cache-Control", "no-store");
    }

    @GetMapping
    String page(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String door,
            Model model, Locale locale) {
        Event event = desk.event(user, eventId(id));
        return page(model, event, user, q, door, "", "", FormErrors.NONE, locale);
    }

    @GetMapping(value = "/board", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<DoorBoard> board(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            WebRequest request) {
        Event event = desk.event(user, eventId(id));
        DoorBoard view = DoorBoard.of(desk.board(user, event.id()), event.details().schedule().zone());
        String etag = "\"" + DigestUtils.md5DigestAsHex(view.toString().getBytes(StandardCharsets.UTF_8)) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate()).eTag(etag).body(view);
    }

    @PostMapping(value = "/scan", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Result scanned(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @RequestParam(defaultValue = "") String code, @RequestParam(required = false) @Nullable String door,
            Locale locale) {
        Event event = desk.event(user, eventId(id));
        return result(desk.scan(user, event.id(), code, door), event, locale);
    }

    @PostMapping("/scan")
    String scan(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @RequestParam(defaultValue = "") String code, @RequestParam(required = false) @Nullable String door,
            Locale locale, RedirectAttributes redirect) {
        Event event = desk.event(user, eventId(id));
        return back(event, null, door, result(desk.scan(user, event.id(), code, door), event, locale), redirect);
    }

    @PostMapping("/registrations/{registration}")
    String admit(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @PathVariable String registration, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String door, Locale locale, RedirectAttributes redirect) {
        Event event = desk.event(user, eventId(id));
        RegistrationId registrationId = RegistrationId.parse(registration)
                .orElseThrow(() -> new EventNotFoundException(event.id()));
        return back(event, q, door, result(desk.admit(user, event.id(), registrationId, door), event, locale), redirect);
    }

    @PostMapping("/walk-in")
    String walkIn(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
            @RequestParam(required = false) @Nullable String door, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        Event event = desk.event(user, eventId(id));
        try {
            return back(event, null, door, result(desk.walkIn(user, event.id(), name, email, door, locale), event, locale),
                    redirect);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, event, user, null, door, name, email,
                    FormErrors.of(e.violations(), field -> field, messages, locale), locale);
        }
    }

    private String page(Model model, Event event, AccountPrincipal user, @Nullable String q, @Nullable String door,
            String name, String email, FormErrors errors, Locale locale) {
        ZoneId zone = event.details().schedule().zone();
        model.addAttribute("event", event);
        model.addAttribute("board", DoorBoard.of(desk.board(user, event.id()), zone));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("door", door == null ? "" : door);
        model.addAttribute("found", desk.search(user, event.id(), q));
        model.addAttribute("zone", zone);
        model.addAttribute("name", name);
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("resultText")) {
            model.addAttribute("resultText", null);
            model.addAttribute("resultKind", "");
        }
        return "registration/checkin/page";
    }

    private String back(Event event, @Nullable String q, @Nullable String door, Result result,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("resultText", result.text());
        redirect.addFlashAttribute("resultKind", result.kind());
        return "redirect:" + UriComponentsBuilder.fromPath("/manage/events/{id}/check-in")
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("door", java.util.Optional.ofNullable(door).filter(s -> !s.isBlank()))
                .encode().buildAndExpand(event.id().toString()).toUriString();
    }

    private Result result(Admission admission, Event event, Locale locale) {
        ZoneId zone = event.details().schedule().zone();
        String time = admission.at() == null ? "" : DoorBoard.time(admission.at(), zone);
        String key = "registration.checkIn.outcome." + admission.outcome().name();
        if (admission.outcome() == CheckInDesk.Outcome.ADMITTED && admission.people() > 1) {
            key += ".party";
        } else if (admission.outcome() == CheckInDesk.Outcome.ALREADY && admission.door() == null) {
            key += ".noDoor";
        }
        String text = messages.getMessage(key, new Object[] {admission.name(), time, admission.door(),
                admission.people() - 1}, locale);
        return new Result(admission.outcome().kind(), text);
    }

    @ExceptionHandler(EventNotFoundException.class)
    ModelAndView notFound(HttpServletRequest request, Locale locale) {
        ModelAndView view = new ModelAndView("platform/error", HttpStatus.NOT_FOUND);
        view.addObject("ctx", pages.create(request, locale));
        view.addObject("status", 404);
        view.addObject("titleKey", "error.404.title");
        view.addObject("messageKey", "error.404.message");
        return view;
    }

    private static EventId eventId(String id) {
        return EventId.parse(id).orElseThrow(() -> new EventNotFoundException(null));
    }
}
