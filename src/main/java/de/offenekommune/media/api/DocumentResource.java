package de.offenekommune.media.api;

import java.time.Instant;

import de.offenekommune.media.EventDocument;
import de.offenekommune.platform.SiteProperties;
import io.swagger.v3.oas.annotations.media.Schema;

/** A document attached to an event. */
@Schema(name = "EventDocument")
record DocumentResource(
        @Schema(description = "Opaque id") String id,
        String title,
        @Schema(description = "Language of the document (BCP 47)", example = "de") String language,
        @Schema(description = "Media type, told by the file's content", example = "application/pdf") String mediaType,
        @Schema(description = "Size in bytes") long size,
        @Schema(description = "Download address; served with Content-Disposition: attachment") String url,
        Instant uploadedAt) {

    static DocumentResource of(EventDocument document, SiteProperties site) {
        return new DocumentResource(document.id().toString(), document.title(), document.language(),
                document.format().contentType(), document.sizeBytes(), site.absolute(document.path()),
                document.uploadedAt());
    }
}
