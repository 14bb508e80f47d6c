package de.offenekommune.media.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.event.EventId;
import de.offenekommune.media.Documents;
import de.offenekommune.media.EventDocument;
import de.offenekommune.media.MediaProperties;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.Violations;

/**
 * Attaches documents to events: the type is read from the content (see {@link DocumentFormat}), the size
 * limited, a title and a language required.
 */
@Service
public class DocumentUploads {

    static final int TITLE_MAX = 200;
    /** The languages offered in the form; the API accepts the same. */
    public static final Set<String> LANGUAGES = Set.copyOf(de.offenekommune.platform.ContentLanguages.TAGS);

    private final Documents documents;
    private final MediaProperties properties;
    private final Clock clock;

    DocumentUploads(Documents documents, MediaProperties properties, Clock clock) {
        this.documents = documents;
        this.properties = properties;
        this.clock = clock;
    }

    /** @throws InvalidMediaException when the file, the title or the language does not meet the rules */
    @Transactional
    public EventDocument upload(EventId event, byte[] file, String titleText, String language) {
        Violations violations = new Violations();
        String title = InputText.singleLine(titleText);
        violations.requireText("title", title, TITLE_MAX);
        if (language == null || !LANGUAGES.contains(language)) {
            violations.add("language", "media.document.language");
        }
        Optional<DocumentFormat> format = Optional.empty();
        if (violations.requireFile("document", file, properties.maxDocumentSize(), "media.document.missing",
                "media.document.tooLarge")) {
            format = DocumentFormat.sniff(file);
            if (format.isEmpty()) {
                violations.add("document", "media.document.notAccepted");
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidMediaException(violations);
        }
        EventDocument document = new EventDocument(UUID.randomUUID(), event, title, language, format.orElseThrow(),
                file.length, clock.instant());
        documents.save(document, file);
        return document;
    }

    @Transactional
    public boolean remove(EventId event, UUID id) {
        return documents.delete(event, id);
    }
}
