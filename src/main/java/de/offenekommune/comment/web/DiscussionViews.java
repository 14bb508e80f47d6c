package de.offenekommune.comment.web;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.comment.Comment;
import de.offenekommune.comment.internal.CommentProperties;
import de.offenekommune.comment.internal.Comments;
import de.offenekommune.comment.internal.DiscussionPeriod;
import de.offenekommune.comment.internal.DiscussionSettings;
import de.offenekommune.comment.FormStamps;
import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.comment.internal.Moderators;
import de.offenekommune.event.Event;
import de.offenekommune.platform.web.FormErrors;

/** Builds what the discussion templates show, for the event page and the discussion's own pages. */
@Component
class DiscussionViews {

    private final Comments comments;
    private final DiscussionSettings settings;
    private final DiscussionPeriod period;
    private final Moderators moderators;
    private final FormStamps stamps;
    private final CommentProperties properties;
    private final CommentDates dates;
    private final Clock clock;

    DiscussionViews(Comments comments, DiscussionSettings settings, DiscussionPeriod period, Moderators moderators,
            FormStamps stamps, CommentProperties properties, CommentDates dates, Clock clock) {
        this.comments = comments;
        this.settings = settings;
        this.period = period;
        this.moderators = moderators;
        this.stamps = stamps;
        this.properties = properties;
        this.dates = dates;
        this.clock = clock;
    }

    ModerationMode modeOf(Event event) {
        return settings.modeOf(event);
    }

    /** A page of the discussion's own pages. */
    Discussion discussion(Event event, ModerationMode mode, int page, boolean interactive) {
        return discussion(event, mode, page, properties.pageSize(), interactive);
    }

    /** The first threads, for the event page. */
    Discussion eventPageDiscussion(Event event, ModerationMode mode, boolean interactive) {
        return discussion(event, mode, 1, properties.eventPageThreads(), interactive);
    }

    private Discussion discussion(Event event, ModerationMode mode, int page, int size, boolean interactive) {
        AccountPrincipal viewer = currentUser();
        return new Discussion(event, mode, comments.findThreads(event.id(), page, size),
                comments.countPublished(event.id()), viewer == null ? null : viewer.userId(),
                moderators.mayModerate(viewer, event), interactive, clock.instant(), dates, closedAfterEvent(event, mode));
    }

    /** How long after the event the discussion closed by itself; {@code null} when open or closed by its organizers. */
    private Duration closedAfterEvent(Event event, ModerationMode mode) {
        boolean closedByTime = mode == ModerationMode.CLOSED && period.isOver(event)
                && settings.chosenMode(event.id()).acceptsComments();
        return closedByTime ? period.closeAfter() : null;
    }

    /** A fresh form, stamped now. */
    FormState blankForm(Event event, Comment parent) {
        return form(event, CommentForm.blank(parent == null ? null : parent.id().toString()), FormErrors.NONE, parent);
    }

    /** The form as sent, with a fresh stamp, so that it can be sent again after a correction. */
    FormState form(Event event, CommentForm form, FormErrors errors, Comment parent) {
        return form(event, form, errors, null, parent);
    }

    /**
     * The form as sent, with a fresh stamp and {@code sendAgain} (a message key) asking to send it once
     * more, when it is not certain that a person sent it just now.
     */
    FormState form(Event event, CommentForm form, FormErrors errors, String sendAgain, Comment parent) {
        return new FormState(form.withStamp(stamps.issue(event.id())), errors, sendAgain, parent,
                "/events/" + event.slug() + "/comments", currentUser() == null, properties.maxLength(),
                properties.maxLinks(), event.id().value().toString());
    }

    int pageSize() {
        return properties.pageSize();
    }

    int eventPageThreads() {
        return properties.eventPageThreads();
    }

    static AccountPrincipal currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal user ? user : null;
    }

    static UUID currentUserId() {
        AccountPrincipal user = currentUser();
        return user == null ? null : user.userId();
    }
}
