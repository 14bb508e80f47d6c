package de.offenekommune.media.api;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.Events;
import de.offenekommune.media.Documents;
import de.offenekommune.platform.SiteProperties;
import de.offenekommune.platform.web.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The documents of public events for other software.
 */
@RestController
@RequestMapping(path = "/api/v1/events/{id}/documents", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events")
class DocumentApiController {

    private final Events events;
    private final Documents documents;
    private final SiteProperties site;
    private final ApiProblems problems;

    DocumentApiController(Events events, Documents documents, SiteProperties site, ApiProblems problems) {
        this.events = events;
        this.documents = documents;
        this.site = site;
        this.problems = problems;
    }

    @GetMapping
    @Operation(summary = "Documents of a public event",
            description = "Programme, slides, minutes and other attachments in the order they were added. "
                    + "Accepted types: PDF, ODT, ODS, ODP, DOCX, XLSX, PPTX and plain text, told by content.")
    @ApiResponse(responseCode = "200", description = "The documents (possibly none)",
            content = @Content(mediaType = "application/json",
                    array = @ArraySchema(schema = @Schema(implementation = DocumentResource.class))))
    @ApiResponse(responseCode = "404", description = "No public event with this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> list(@PathVariable String id, Locale locale) {
        Event event = EventId.parse(id).flatMap(events::findById).filter(Event::isPublic).orElse(null);
        if (event == null) {
            return problems.respond(HttpStatus.NOT_FOUND, "not-found", "api.problem.eventNotFound", locale);
        }
        List<DocumentResource> list = documents.findByEvent(event.id()).stream()
                .map(document -> DocumentResource.of(document, site)).toList();
        return ResponseEntity.ok(list);
    }
}
