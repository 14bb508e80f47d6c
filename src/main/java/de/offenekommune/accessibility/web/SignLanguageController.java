package de.offenekommune.accessibility.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.accessibility.internal.InvalidUploadException;
import de.offenekommune.accessibility.internal.SignLanguageTopic;
import de.offenekommune.accessibility.internal.SignLanguageUploads;
import de.offenekommune.accessibility.internal.SignLanguageVideo;
import de.offenekommune.accessibility.internal.SignLanguageVideos;
import de.offenekommune.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Videos in Deutsche Gebärdensprache: a public page that plays them in the browser's own player with
 * captions and a text alternative, the files themselves, and the operator's uploads.
 */
@Controller
class SignLanguageController {

    private static final CacheControl FILES = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
    private static final MediaType VTT = new MediaType("text", "vtt", java.nio.charset.StandardCharsets.UTF_8);
    private static final Map<String, String> FIELDS = FormErrors.fields("video", "signLanguage.field.video",
            "captions", "signLanguage.field.captions", "transcript", "signLanguage.field.transcript");

    private final SignLanguageVideos videos;
    private final SignLanguageUploads uploads;
    private final MessageSource messages;

    SignLanguageController(SignLanguageVideos videos, SignLanguageUploads uploads, MessageSource messages) {
        this.videos = videos;
        this.uploads = uploads;
        this.messages = messages;
    }

    @GetMapping("/gebaerdensprache")
    String page(Model model) {
        model.addAttribute("topics", Arrays.asList(SignLanguageTopic.values()));
        model.addAttribute("videos", byTopic());
        return "accessibility/signLanguage";
    }

    @GetMapping("/gebaerdensprache/{topic}.{extension:mp4|webm}")
    ResponseEntity<Resource> video(@PathVariable String topic, @PathVariable String extension) {
        SignLanguageVideo video = found(topic);
        if (!video.extension().equals(extension)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        byte[] content = videos.content(video.topic()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(video.contentType()))
                .cacheControl(FILES)
                .lastModified(video.uploadedAt())
                .header("X-Content-Type-Options", "nosniff")
                .body(new ByteArrayResource(content));
    }

    @GetMapping("/gebaerdensprache/{topic}.vtt")
    ResponseEntity<String> captions(@PathVariable String topic) {
        SignLanguageVideo video = found(topic);
        return ResponseEntity.ok().contentType(VTT).cacheControl(FILES).lastModified(video.uploadedAt())
                .body(video.captionsVtt());
    }

    @GetMapping("/admin/sign-language")
    String admin(Model model) {
        return adminPage(model, null, FormErrors.NONE, "");
    }

    @PostMapping("/admin/sign-language/{topic}")
    String upload(@PathVariable String topic, @RequestParam(required = false) MultipartFile video,
            @RequestParam(required = false) MultipartFile captions, @RequestParam(defaultValue = "") String transcript,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        SignLanguageTopic chosen = SignLanguageTopic.bySlug(topic)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            uploads.upload(chosen, bytes(video), bytes(captions), transcript);
        } catch (InvalidUploadException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            // Every topic has its own form on the page: the fields carry the topic in their ids, and so do the errors.
            String prefix = chosen.slug() + "-";
            Map<String, String> fields = new LinkedHashMap<>();
            FIELDS.forEach((field, label) -> fields.put(prefix + field, label));
            return adminPage(model, chosen, FormErrors.of(e.violations(), field -> prefix + field, messages, locale)
                    .labelled(fields, messages, locale), transcript);
        }
        redirect.addFlashAttribute("notice", "signLanguage.uploaded");
        return "redirect:/admin/sign-language";
    }

    private String adminPage(Model model, SignLanguageTopic failed, FormErrors errors, String transcript) {
        model.addAttribute("topics", Arrays.asList(SignLanguageTopic.values()));
        model.addAttribute("videos", byTopic());
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        model.addAttribute("transcript", transcript);
        return "accessibility/signLanguageAdmin";
    }

    private Map<SignLanguageTopic, SignLanguageVideo> byTopic() {
        List<SignLanguageVideo> all = videos.findAll();
        return all.stream().collect(Collectors.toMap(SignLanguageVideo::topic, Function.identity()));
    }

    private SignLanguageVideo found(String slug) {
        return SignLanguageTopic.bySlug(slug).flatMap(videos::find)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static byte[] bytes(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : file.getBytes();
    }
}
