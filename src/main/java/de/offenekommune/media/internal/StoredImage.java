package de.offenekommune.media.internal;

import java.time.Instant;
import java.util.List;

import de.offenekommune.event.EventId;
import de.offenekommune.event.EventImage;

/**
 * The image of one event as stored: its content-derived key, texts and the widths it was rendered in.
 */
public record StoredImage(EventId event, String key, String alt, String credit, String contentType, int width, int height,
        List<int[]> sizes, Instant uploadedAt) {

    /** The path of one width, e.g. {@code /media/images/3f2a…-960.jpg}; its content never changes. */
    static String path(String key, int width, String contentType) {
        return "/media/images/" + key + "-" + width + ("image/png".equals(contentType) ? ".png" : ".jpg");
    }

    EventImage toEventImage() {
        return new EventImage(alt, credit, contentType, sizes.stream()
                .map(size -> new EventImage.Rendition(path(key, size[0], contentType), size[0], size[1]))
                .toList());
    }
}
