package de.offenekommune.comment.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A new comment or reply, written under the token owner's name. */
@Schema(name = "NewComment")
record CommentPayload(
        @Schema(description = "Plain text; paragraphs and http(s) links are kept, nothing else", requiredMode = Schema.RequiredMode.REQUIRED) String text,
        @Schema(description = "The published top-level comment this one answers") String parentId,
        @Schema(description = "Mail to the token owner when someone answers") Boolean notifyReplies) {
}
