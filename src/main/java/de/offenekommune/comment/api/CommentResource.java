package de.offenekommune.comment.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import de.offenekommune.comment.Comment;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.internal.CommentText;
import de.offenekommune.platform.SiteProperties;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A comment as the API shows it: only what the public page shows. Hidden and deleted comments keep
 * their place in a thread without author or text. No email, ever.
 */
@Schema(name = "Comment")
record CommentResource(
        String id,
        @Schema(allowableValues = {"PUBLISHED", "PENDING_REVIEW", "HIDDEN", "DELETED"}) String status,
        @Schema(description = "Permanent address of the comment on the event's page") String url,
        @Schema(description = "Only for published comments") Author author,
        @Schema(description = "Plain text as written; only for published comments") String text,
        @Schema(description = "The text as safe HTML: paragraphs and links with rel=\"nofollow ugc\"") String html,
        OffsetDateTime publishedAt,
        OffsetDateTime editedAt,
        @Schema(description = "Replies, oldest first; replies have none") List<CommentResource> replies) {

    /** @param role {@code ORGANIZER} or {@code MODERATOR} for marked authors */
    @Schema(name = "CommentAuthor")
    record Author(String name, @Schema(allowableValues = {"ORGANIZER", "MODERATOR"}) String role) {
    }

    static CommentResource of(Comment comment, List<CommentResource> replies, ZoneId zone, SiteProperties site) {
        boolean readable = comment.status() == CommentStatus.PUBLISHED || comment.status() == CommentStatus.PENDING_REVIEW;
        return new CommentResource(
                comment.id().toString(),
                comment.status().name(),
                site.absolute("/comments/" + comment.id()),
                readable ? new Author(comment.authorName(),
                        comment.authorRole() == null ? null : comment.authorRole().name()) : null,
                readable ? comment.body() : null,
                readable ? CommentText.toHtml(comment.body()) : null,
                comment.status() == CommentStatus.PUBLISHED ? at(comment.publishedAt(), zone) : null,
                readable ? at(comment.editedAt(), zone) : null,
                replies);
    }

    private static OffsetDateTime at(java.time.Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
