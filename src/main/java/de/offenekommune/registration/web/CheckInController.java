package de.offenekommune.registration.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.platform.web.PageContextAdvice;
import de.offenekommune.registration.internal.CheckInDesk;
import de.offenekommune.registration.internal.DoorLinkGoneException;
import de.offenekommune.registration.internal.CheckInDesk.Admission;
import de.offenekommune.registration.internal.CheckInDesk.Entrance;
import de.offenekommune.registration.internal.DoorHelpers;
import de.offenekommune.registration.internal.RegistrationId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The check-in page at the door, made for a phone: scan a QR code (camera or photo, read in the browser),
 * type a code, search by name, add a walk-in; the counts and the latest check-ins refresh every second from
 * {@code /board}, answered with 304 while nothing changed. Every action also works without JavaScript.
 * Organizers reach it under their event; helpers through their personal door link, which is checked on
 * every request like the personal links of registrations, so a revoked link stops working at once.
 */
@Controller
@RequestMapping({"/manage/events/{id}/check-in", "/door/{token}"})
class CheckInController {

    /** What the page says about the last action: {@code success}, {@code warning} or {@code danger}. */
    record Result(String kind, String text) {
    }

    private final CheckInDesk desk;
    private final DoorHelpers helpers;
    private final MessageSource messages;
    private final PageContextAdvice pages;

    CheckInController(CheckInDesk desk, DoorHelpers helpers, MessageSource messages, PageContextAdvice pages) {
        this.desk = desk;
        this.helpers = helpers;
        this.messages = messages;
        this.pages = pages;
    }

    /** The camera may be used on this page only; everywhere else the platform refuses it. */
    @ModelAttribute
    void privatePage(HttpServletResponse response) {
        response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=(), payment=(), usb=()");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex");
    }

    @GetMapping
    String page(@AuthenticationPrincipal @Nullable AccountPrincipal user, @PathVariable(required = false) @Nullable String id,
            @PathVariable(required = false) @Nullable String token, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String door, Model model) {
        return page(model, entrance(user, id, token), user, base(id, token), q, door, "", "", FormErrors.NONE);
    }

    @GetMapping(value = "/board", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Nullable
    ResponseEntity<DoorBoard> board(@AuthenticationPrincipal @Nullable AccountPrincipal user,
            @PathVariable(required = false) @Nullable String id, @PathVariable(required = false) @Nullable String token,
            WebRequest request) {
        Entrance entrance = entrance(user, id, token);
        DoorBoard view = DoorBoard.of(desk.board(entrance), zone(entrance));
        String etag = "\"" + DigestUtils.md5DigestAsHex(view.toString().getBytes(StandardCharsets.UTF_8)) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate()).eTag(etag).body(view);
    }

    @PostMapping(value = "/scan", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Result scanned(@AuthenticationPrincipal @Nullable AccountPrincipal user,
            @PathVariable(required = false) @Nullable String id, @PathVariable(required = false) @Nullable String token,
            @RequestParam(defaultValue = "") String code, @RequestParam(required = false) @Nullable String door,
            Locale locale) {
        Entrance entrance = entrance(user, id, token);
        return result(desk.scan(entrance, code, door), entrance, locale);
    }

    @PostMapping("/scan")
    String scan(@AuthenticationPrincipal @Nullable AccountPrincipal user, @PathVariable(required = false) @Nullable String id,
            @PathVariable(required = false) @Nullable String token, @RequestParam(defaultValue = "") String code,
            @RequestParam(required = false) @Nullable String door, Locale locale, RedirectAttributes redirect) {
        Entrance entrance = entrance(user, id, token);
        return back(base(id, token), null, door, result(desk.scan(entrance, code, door), entrance, locale), redirect);
    }

    @PostMapping("/registrations/{registration}")
    String admit(@AuthenticationPrincipal @Nullable AccountPrincipal user, @PathVariable(required = false) @Nullable String id,
            @PathVariable(required = false) @Nullable String token, @PathVariable String registration,
            @RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String door,
            Locale locale, RedirectAttributes redirect) {
        Entrance entrance = entrance(user, id, token);
        RegistrationId registrationId = RegistrationId.parse(registration)
                .orElseThrow(() -> new EventNotFoundException(entrance.event().id()));
        return back(base(id, token), q, door, result(desk.admit(entrance, registrationId, door), entrance, locale),
                redirect);
    }

    @PostMapping("/walk-in")
    String walkIn(@AuthenticationPrincipal @Nullable AccountPrincipal user, @PathVariable(required = false) @Nullable String id,
            @PathVariable(required = false) @Nullable String token, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email, @RequestParam(required = false) @Nullable String door,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Entrance entrance = entrance(user, id, token);
        try {
            return back(base(id, token), null, door, result(desk.walkIn(entrance, name, email, door, locale), entrance,
                    locale), redirect);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, entrance, user, base(id, token), null, door, name, email,
                    FormErrors.of(e.violations(), field -> field, messages, locale));
        }
    }

    /** Organizers only: a helper gets a door link by mail. */
    @PostMapping("/helpers")
    String invite(@AuthenticationPrincipal @Nullable AccountPrincipal user,
            @PathVariable(required = false) @Nullable String id, @PathVariable(required = false) @Nullable String token,
            @RequestParam(name = "helper-name", defaultValue = "") String name,
            @RequestParam(name = "helper-email", defaultValue = "") String email, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        Entrance entrance = organizer(user, id, token);
        try {
            helpers.invite(user, entrance.event().id(), name, email, locale);
            redirect.addFlashAttribute("notice", "registration.checkIn.helpers.invited");
            return "redirect:" + base(id, token) + "#helpers-heading";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("helperErrors", FormErrors.of(e.violations(), field -> "helper-" + field, messages, locale));
            model.addAttribute("helperName", name);
            model.addAttribute("helperEmail", email);
            return page(model, entrance, user, base(id, token), null, null, "", "", FormErrors.NONE);
        }
    }

    @PostMapping("/helpers/{helper}/revoke")
    String revoke(@AuthenticationPrincipal @Nullable AccountPrincipal user,
            @PathVariable(required = false) @Nullable String id, @PathVariable(required = false) @Nullable String token,
            @PathVariable String helper, RedirectAttributes redirect) {
        Entrance entrance = organizer(user, id, token);
        try {
            helpers.revoke(user, entrance.event().id(), java.util.UUID.fromString(helper));
        } catch (IllegalArgumentException e) {
            throw new EventNotFoundException(entrance.event().id());
        }
        redirect.addFlashAttribute("notice", "registration.checkIn.helpers.revoked");
        return "redirect:" + base(id, token) + "#helpers-heading";
    }

    private Entrance organizer(@Nullable AccountPrincipal user, @Nullable String id, @Nullable String token) {
        Entrance entrance = entrance(user, id, token);
        if (!entrance.isOrganizer()) {
            throw new EventNotFoundException(entrance.event().id());
        }
        return entrance;
    }

    /** A helper whose link ran out learns that, not that the page does not exist. */
    @ExceptionHandler(DoorLinkGoneException.class)
    ModelAndView gone(HttpServletRequest request, Locale locale) {
        return pages.errorPage(request, locale, HttpStatus.GONE, "registration.checkIn.linkGone");
    }

    private String page(Model model, Entrance entrance, @Nullable AccountPrincipal user, String base, @Nullable String q,
            @Nullable String door, String name, String email, FormErrors errors) {
        model.addAttribute("event", entrance.event());
        model.addAttribute("base", base);
        model.addAttribute("organizer", entrance.isOrganizer());
        model.addAttribute("helpers", entrance.isOrganizer() && user != null
                ? helpers.list(user, entrance.event().id()) : List.of());
        model.addAttribute("board", DoorBoard.of(desk.board(entrance), zone(entrance)));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("door", door == null ? "" : door);
        model.addAttribute("found", desk.search(entrance, q));
        model.addAttribute("zone", zone(entrance));
        model.addAttribute("name", name);
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("resultText")) {
            model.addAttribute("resultText", null);
            model.addAttribute("resultKind", "");
        }
        if (!model.containsAttribute("helperErrors")) {
            model.addAttribute("helperErrors", FormErrors.NONE);
            model.addAttribute("helperName", "");
            model.addAttribute("helperEmail", "");
        }
        return "registration/checkin/page";
    }

    private Entrance entrance(@Nullable AccountPrincipal user, @Nullable String id, @Nullable String token) {
        if (token != null) {
            return desk.helper(token);
        }
        if (user == null || id == null) {
            throw new EventNotFoundException(null);
        }
        return desk.organizer(user, EventId.parse(id).orElseThrow(() -> new EventNotFoundException(null)));
    }

    private static String base(@Nullable String id, @Nullable String token) {
        return token != null ? "/door/" + token : "/manage/events/" + id + "/check-in";
    }

    private static ZoneId zone(Entrance entrance) {
        return entrance.event().details().schedule().zone();
    }

    private static String back(String base, @Nullable String q, @Nullable String door, Result result,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("resultText", result.text());
        redirect.addFlashAttribute("resultKind", result.kind());
        return "redirect:" + UriComponentsBuilder.fromPath(base)
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("door", Optional.ofNullable(door).filter(s -> !s.isBlank()))
                .encode().build().toUriString();
    }

    private Result result(Admission admission, Entrance entrance, Locale locale) {
        String time = admission.at() == null ? "" : DoorBoard.time(admission.at(), zone(entrance));
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
}
