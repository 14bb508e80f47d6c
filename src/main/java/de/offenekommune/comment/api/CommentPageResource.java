package de.offenekommune.comment.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of an event's discussion: top-level comments with their replies. */
@Schema(name = "CommentPage")
record CommentPageResource(
        String eventId,
        @Schema(allowableValues = {"OPEN", "PRE_MODERATED", "CLOSED"}) String mode,
        @Schema(description = "Published comments and replies of the event") long publishedCount,
        List<CommentResource> items,
        int page,
        int size,
        @Schema(description = "Threads (top-level comments) of the discussion") long totalItems,
        int totalPages,
        @Schema(description = "URL of the next page, if any") String next) {
}
