package de.offenekommune.comment.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import de.offenekommune.comment.FormStamps;
import de.offenekommune.event.EventId;
import de.offenekommune.platform.web.FreshValue;

/**
 * The comment form's signed time stamp, issued for every response, also when the page around it is
 * kept for everyone: a kept page must not let a form look older than it is.
 */
@Component
public class CommentStamp implements FreshValue {

    /** Templates name it so. */
    public static final String NAME = "comment-stamp";

    private final FormStamps stamps;

    CommentStamp(FormStamps stamps) {
        this.stamps = stamps;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String value(String eventId) {
        return stamps.issue(new EventId(UUID.fromString(eventId)));
    }
}
