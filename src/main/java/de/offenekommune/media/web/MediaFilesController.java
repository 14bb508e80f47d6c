package de.offenekommune.media.web;

import java.time.Duration;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import de.offenekommune.event.Event;
import de.offenekommune.event.Events;
import de.offenekommune.media.Documents;
import de.offenekommune.media.EventDocument;
import de.offenekommune.media.internal.Images;
import de.offenekommune.media.Portraits;

/**
 * Serves images and documents. An image's address is derived from its content, so it is cached for a year and
 * never asked again; documents are always downloads, never shown inside the platform's pages.
 */
@RestController
class MediaFilesController {

    private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl DOCUMENTS = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final Images images;
    private final Portraits portraits;
    private final Documents documents;
    private final Events events;

    MediaFilesController(Images images, Portraits portraits, Documents documents, Events events) {
        this.images = images;
        this.portraits = portraits;
        this.documents = documents;
        this.events = events;
    }

    @GetMapping("/media/images/{key:[0-9a-f]{32}}-{width:[0-9]{1,5}}.{extension:jpg|png}")
    ResponseEntity<byte[]> image(@PathVariable String key, @PathVariable int width, @PathVariable String extension) {
        String type = extension.equals("png") ? MediaType.IMAGE_PNG_VALUE : MediaType.IMAGE_JPEG_VALUE;
        return immutable(type, images.content(key, width, type));
    }

    @GetMapping("/media/portraits/{key:[0-9a-f]{32}}-{width:[0-9]{1,5}}.{extension:jpg|png}")
    ResponseEntity<byte[]> portrait(@PathVariable String key, @PathVariable int width, @PathVariable String extension) {
        String type = extension.equals("png") ? MediaType.IMAGE_PNG_VALUE : MediaType.IMAGE_JPEG_VALUE;
        return immutable(type, portraits.content(key, width, type));
    }

    /** An unknown address is a plain 404, not an error of the API's (which a thrown status would become). */
    private static ResponseEntity<byte[]> immutable(String type, java.util.Optional<byte[]> content) {
        return content.map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(type))
                        .cacheControl(IMMUTABLE)
                        .header("X-Content-Type-Options", "nosniff")
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/media/documents/{id}/{name}")
    ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable String name) {
        EventDocument document = parse(id).flatMap(documents::find)
                .filter(found -> events.findById(found.event()).filter(Event::isPublic).isPresent())
                .orElse(null);
        byte[] content = document == null ? null : documents.content(document.id()).orElse(null);
        if (content == null) {
            return ResponseEntity.notFound().build(); // as for images: a plain 404
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.format().contentType()
                        + (document.format().contentType().startsWith("text/") ? ";charset=UTF-8" : "")))
                .cacheControl(DOCUMENTS)
                .lastModified(document.uploadedAt())
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(document))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(content);
    }

    /** RFC 6266: the name is made of letters, digits, hyphens and one dot, so it needs no quoting rules. */
    static String attachment(EventDocument document) {
        return "attachment; filename=\"" + document.fileName() + "\"";
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
