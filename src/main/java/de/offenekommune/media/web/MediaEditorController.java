package de.offenekommune.media.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventManagement;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.media.internal.DocumentUploads;
import de.offenekommune.media.Documents;
import de.offenekommune.media.ImageUploads;
import de.offenekommune.media.internal.Images;
import de.offenekommune.media.internal.InvalidMediaException;
import de.offenekommune.media.MediaProperties;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.platform.web.Option;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Organizers set the image of their event and attach documents. A refused upload shows the page again with
 * the texts typed so far and says what to change.
 */
@Controller
@RequestMapping("/manage/events/{id}/media")
class MediaEditorController {

    private static final Map<String, String> FIELDS = FormErrors.fields("image", "media.field.image",
            "alt", "media.field.alt", "credit", "media.field.credit", "document", "media.field.document",
            "title", "media.field.title", "language", "media.field.language");

    private final EventManagement management;
    private final Images images;
    private final Documents documents;
    private final ImageUploads imageUploads;
    private final DocumentUploads documentUploads;
    private final MediaProperties properties;
    private final MessageSource messages;

    MediaEditorController(EventManagement management, Images images, Documents documents, ImageUploads imageUploads,
            DocumentUploads documentUploads, MediaProperties properties, MessageSource messages) {
        this.management = management;
        this.images = images;
        this.documents = documents;
        this.imageUploads = imageUploads;
        this.documentUploads = documentUploads;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping
    String page(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id, Model model, Locale locale) {
        Event event = manageable(user, id);
        return page(model, event, FormErrors.NONE, null, locale);
    }

    @PostMapping("/image")
    String image(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @RequestParam(required = false) MultipartFile image, @RequestParam(defaultValue = "") String alt,
            @RequestParam(defaultValue = "") String credit, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        Event event = manageable(user, id);
        try {
            imageUploads.upload(event.id(), bytes(image), alt, credit);
        } catch (InvalidMediaException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, event, errors(e, locale), new MediaTexts(alt, credit, null, null), locale);
        }
        redirect.addFlashAttribute("notice", "media.notice.imageSaved");
        return "redirect:/manage/events/" + event.id() + "/media";
    }

    @PostMapping("/image/delete")
    String deleteImage(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            RedirectAttributes redirect) {
        Event event = manageable(user, id);
        imageUploads.remove(event.id());
        redirect.addFlashAttribute("notice", "media.notice.imageRemoved");
        return "redirect:/manage/events/" + event.id() + "/media";
    }

    @PostMapping("/documents")
    String document(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @RequestParam(required = false) MultipartFile document, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String language, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Event event = manageable(user, id);
        try {
            documentUploads.upload(event.id(), bytes(document), title, language);
        } catch (InvalidMediaException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, event, errors(e, locale), new MediaTexts(null, null, title, language), locale);
        }
        redirect.addFlashAttribute("notice", "media.notice.documentSaved");
        return "redirect:/manage/events/" + event.id() + "/media";
    }

    @PostMapping("/documents/{document}/delete")
    String deleteDocument(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @PathVariable UUID document, RedirectAttributes redirect) {
        Event event = manageable(user, id);
        documentUploads.remove(event.id(), document);
        redirect.addFlashAttribute("notice", "media.notice.documentRemoved");
        return "redirect:/manage/events/" + event.id() + "/media";
    }

    private String page(Model model, Event event, FormErrors errors, MediaTexts entered, Locale locale) {
        var image = images.find(event.id()).orElse(null);
        model.addAttribute("event", event);
        model.addAttribute("image", image);
        model.addAttribute("documents", documents.findByEvent(event.id()));
        model.addAttribute("errors", errors);
        model.addAttribute("entered", entered != null ? entered
                : new MediaTexts(image == null ? "" : image.alt(), image == null || image.credit() == null ? "" : image.credit(),
                        "", event.details().language()));
        model.addAttribute("languages", languages(locale));
        model.addAttribute("maxImageMegabytes", properties.maxImageSize().toMegabytes());
        model.addAttribute("maxDocumentMegabytes", properties.maxDocumentSize().toMegabytes());
        return "media/editor";
    }

    private List<Option> languages(Locale locale) {
        return DocumentUploads.LANGUAGES.stream()
                .map(tag -> new Option(tag, Locale.forLanguageTag(tag).getDisplayLanguage(locale)))
                .sorted(Comparator.comparing(Option::label))
                .toList();
    }

    private FormErrors errors(InvalidMediaException e, Locale locale) {
        return FormErrors.of(e.violations(), field -> field, messages, locale).labelled(FIELDS, messages, locale);
    }

    private Event manageable(AccountPrincipal user, String id) {
        try {
            return management.findManageable(user, EventId.parse(id)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        } catch (EventNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static byte[] bytes(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : file.getBytes();
    }
}
