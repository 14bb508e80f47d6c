package de.offenekommune.platform.page;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.platform.InputText;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit: shown to everyone, edited by
 * administrators in Markdown, in German and English.
 */
@Controller
class SitePageController {

    static final int MAX_LENGTH = 50_000;

    private final SitePages pages;
    private final MessageSource messages;
    private final StatementProperties statement;
    private final AccessibilityCheck check;

    SitePageController(SitePages pages, MessageSource messages, StatementProperties statement,
            AccessibilityCheck check) {
        this.pages = pages;
        this.messages = messages;
        this.statement = statement;
        this.check = check;
    }

    @GetMapping({"/impressum", "/datenschutz", "/barrierefreiheit", "/leichte-sprache"})
    String show(jakarta.servlet.http.HttpServletRequest request, Locale locale, Model model) {
        SitePage page = byPath(request.getRequestURI().substring(1));
        model.addAttribute("page", page);
        model.addAttribute("content", pages.find(page, language(page, locale)));
        model.addAttribute("statement", statement);
        model.addAttribute("check", check.last().orElse(null));
        return "platform/page";
    }

    @GetMapping("/admin/pages")
    String list(Model model) {
        model.addAttribute("pages", Arrays.asList(SitePage.values()));
        return "platform/pages";
    }

    @GetMapping("/admin/pages/{page}/{language}")
    String edit(@PathVariable String page, @PathVariable String language, Model model) {
        SitePage sitePage = byPath(page);
        return editor(model, sitePage, checked(sitePage, language),
                pages.find(sitePage, checked(sitePage, language)).markdown(), FormErrors.NONE);
    }

    @PostMapping("/admin/pages/{page}/{language}")
    String save(@PathVariable String page, @PathVariable String language, @RequestParam(defaultValue = "") String text,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        SitePage sitePage = byPath(page);
        String clean = InputText.multiLine(text);
        Violations violations = new Violations();
        violations.requireText("text", clean, MAX_LENGTH);
        if (!violations.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return editor(model, sitePage, checked(sitePage, language), text,
                    FormErrors.of(violations, field -> field, messages, locale));
        }
        String lang = checked(sitePage, language);
        pages.save(sitePage, lang, messages.getMessage(sitePage.titleKey(), null, Locale.forLanguageTag(lang)), clean);
        redirect.addFlashAttribute("notice", "sitePage.saved");
        return "redirect:/admin/pages";
    }

    private String editor(Model model, SitePage page, String language, String text, FormErrors errors) {
        model.addAttribute("page", page);
        model.addAttribute("language", language);
        model.addAttribute("text", text);
        model.addAttribute("errors", errors);
        return "platform/pageEditor";
    }

    private static SitePage byPath(String path) {
        return Arrays.stream(SitePage.values())
                .filter(page -> page.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String checked(SitePage page, String language) {
        if (!page.languages().contains(language)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return language;
    }

    private static String language(SitePage page, Locale locale) {
        return page.languages().contains(locale.getLanguage()) ? locale.getLanguage() : page.languages().get(0);
    }
}
