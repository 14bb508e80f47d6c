package de.offenekommune.media;

import java.time.Instant;
import java.util.UUID;

import de.offenekommune.event.EventId;
import de.offenekommune.media.internal.DocumentFormat;

/**
 * A document attached to an event (programme, slides, minutes), without its content.
 *
 * @param language the language of the document as a BCP 47 tag, e.g. {@code de}
 */
public record EventDocument(UUID id, EventId event, String title, String language, DocumentFormat format,
        long sizeBytes, Instant uploadedAt) {

    /** The site-relative download address; its last part is the file name a browser saves. */
    public String path() {
        return "/media/documents/" + id + "/" + fileName();
    }

    /** A file name of letters, digits and hyphens from the title, with the extension of the real type. */
    public String fileName() {
        String base = de.offenekommune.platform.Slugs.fromTitle(title);
        return (base.isEmpty() ? "dokument" : base) + "." + format.extension();
    }
}
