package de.offenekommune.webhook.web;

import java.util.Locale;
import java.util.UUID;

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
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.webhook.internal.WebhookManagement;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Organizers register webhook endpoints for their organizations' events under {@code /manage/webhooks},
 * administrators those for all events of the platform under {@code /admin/webhooks} (only they may enter
 * {@code /admin}, see the security configuration).
 */
@Controller
@RequestMapping("/{section:manage|admin}/webhooks")
class WebhookController {

    private final WebhookPages pages;
    private final WebhookManagement webhooks;

    WebhookController(WebhookPages pages, WebhookManagement webhooks) {
        this.pages = pages;
        this.webhooks = webhooks;
    }

    @GetMapping
    String list(@PathVariable String section, @AuthenticationPrincipal AccountPrincipal user, Model model) {
        return pages.list(WebhookArea.of(section), user, WebhookForm.blank(), FormErrors.NONE, model);
    }

    @PostMapping
    String register(@PathVariable String section, @AuthenticationPrincipal AccountPrincipal user,
            @ModelAttribute WebhookForm form, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        return pages.register(WebhookArea.of(section), user, form, model, locale, response, redirect);
    }

    @GetMapping("/{id}")
    String endpoint(@PathVariable String section, @AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
            Model model, Locale locale) {
        return pages.endpoint(WebhookArea.of(section), user, id, model, locale);
    }

    @PostMapping("/{id}/test")
    String sendTest(@PathVariable String section, @AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
            RedirectAttributes redirect) {
        WebhookArea area = WebhookArea.of(section);
        webhooks.sendTest(user, pages.find(area, user, id).id());
        redirect.addFlashAttribute("notice", "webhook.testQueued");
        return "redirect:" + area.path() + "/" + id;
    }

    @PostMapping("/{id}/delete")
    String remove(@PathVariable String section, @AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
            RedirectAttributes redirect) {
        WebhookArea area = WebhookArea.of(section);
        webhooks.remove(user, pages.find(area, user, id).id());
        redirect.addFlashAttribute("notice", "webhook.removed");
        return "redirect:" + area.path();
    }
}
