package de.offenekommune.comment.api;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.comment.Comment;
import de.offenekommune.comment.internal.CommentNotFoundException;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.CommentSubmission;
import de.offenekommune.comment.CommentSubmissions;
import de.offenekommune.comment.internal.CommentThread;
import de.offenekommune.comment.Commenter;
import de.offenekommune.comment.internal.Comments;
import de.offenekommune.comment.internal.DiscussionSettings;
import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.comment.SubmissionResult;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.Events;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.ResultPage;
import de.offenekommune.platform.SiteProperties;
import de.offenekommune.platform.Violations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The discussion of an event as JSON: readable by everyone (published comments only, never an email),
 * writable with a personal API token under the owner's name.
 */
@RestController
@RequestMapping(path = "/api/v1/events/{id}/comments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Comments")
class CommentApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final Events events;
    private final Comments comments;
    private final DiscussionSettings settings;
    private final CommentSubmissions submissions;
    private final SiteProperties site;

    CommentApiController(Events events, Comments comments, DiscussionSettings settings, CommentSubmissions submissions,
            SiteProperties site) {
        this.events = events;
        this.comments = comments;
        this.settings = settings;
        this.submissions = submissions;
        this.site = site;
    }

    @GetMapping
    @Operation(summary = "The discussion of a public event, oldest threads first",
            description = "Published comments with their replies. Hidden or deleted comments that still carry replies keep their place without author or text.")
    CommentPageResource list(@PathVariable String id, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size) {
        Violations violations = new Violations();
        if (page < 1 || page > 100_000) {
            violations.add("page", "api.pageInvalid");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add("size", "api.sizeInvalid", MAX_PAGE_SIZE);
        }
        if (!violations.isEmpty()) {
            throw InvalidInputException.ofQuery(violations);
        }
        Event event = publicEvent(id);
        ModerationMode mode = settings.modeOf(event);
        ZoneId zone = event.details().schedule().zone();
        ResultPage<CommentThread> threads = comments.findThreads(event.id(), page, size);
        List<CommentResource> items = threads.items().stream()
                .map(thread -> CommentResource.of(thread.comment(), thread.replies().stream()
                        .map(reply -> CommentResource.of(reply, List.of(), zone, site)).toList(), zone, site))
                .toList();
        String next = threads.hasNext()
                ? site.absolute("/api/v1/events/" + event.id() + "/comments?page=" + (page + 1) + "&size=" + size) : null;
        return new CommentPageResource(event.id().toString(), mode.name(), comments.countPublished(event.id()), items,
                page, size, threads.total(), threads.totalPages(), next);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write a comment or a reply under your name",
            description = "201 when it is public at once, 202 when it waits for moderation.",
            security = @SecurityRequirement(name = "token"))
    ResponseEntity<CommentResource> create(@PathVariable String id, @RequestBody CommentPayload payload,
            @AuthenticationPrincipal AccountPrincipal user, Locale locale) {
        CommentPayload body = payload == null ? new CommentPayload(null, null, null) : payload;
        Event event = publicEvent(id);
        SubmissionResult result = submissions.submit(event,
                new CommentSubmission(null, null, body.text(), body.parentId(), Boolean.TRUE.equals(body.notifyReplies())),
                new Commenter(user, null, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN));
        Comment comment = result.comment();
        CommentResource resource = CommentResource.of(comment, List.of(), event.details().schedule().zone(), site);
        ResponseEntity.BodyBuilder response = comment.status() == CommentStatus.PUBLISHED
                ? ResponseEntity.created(URI.create(site.absolute("/comments/" + comment.id())))
                : ResponseEntity.status(HttpStatus.ACCEPTED);
        return response.body(resource);
    }

    private Event publicEvent(String id) {
        return EventId.parse(id)
                .flatMap(events::findById)
                .filter(Event::isPublic)
                .filter(event -> settings.modeOf(event).isVisible())
                .orElseThrow(CommentNotFoundException::new);
    }
}
