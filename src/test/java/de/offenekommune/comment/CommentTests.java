package de.offenekommune.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.offenekommune.comment.internal.Admission;
import de.offenekommune.comment.internal.CommentStateException;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.internal.ReviewReason;
import de.offenekommune.event.EventId;

class CommentTests {

    private static final Instant NOW = Instant.parse("2027-03-04T18:00:00Z");
    private static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    private static final EventId EVENT = EventId.random();

    @Test
    void a_guest_comment_waits_for_confirmation_and_is_then_published() {
        Comment comment = guest(false);
        assertThat(comment.status()).isEqualTo(CommentStatus.PENDING_CONFIRMATION);
        assertThat(comment.publishedAt()).isNull();

        boolean first = comment.confirm(Admission.PUBLISH, NOW.plusSeconds(60), EDIT_WINDOW);

        assertThat(first).isTrue();
        assertThat(comment.status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(comment.publishedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(comment.editableUntil()).isEqualTo(NOW.plusSeconds(60).plus(EDIT_WINDOW));
    }

    @Test
    void the_guest_email_is_dropped_on_confirmation_unless_replies_were_asked_for() {
        Comment quiet = guest(false);
        quiet.confirm(Admission.PUBLISH, NOW, EDIT_WINDOW);
        Comment curious = guest(true);
        curious.confirm(Admission.PUBLISH, NOW, EDIT_WINDOW);

        assertThat(quiet.guestEmail()).isNull();
        assertThat(quiet.guestEmailHash()).isEqualTo("hash");
        assertThat(curious.guestEmail()).isEqualTo("gast@example.org");
    }

    @Test
    void a_comment_on_a_pre_moderated_event_waits_for_review_and_is_published_on_approval() {
        Comment comment = guest(false);
        comment.confirm(Admission.review(ReviewReason.PRE_MODERATED), NOW, EDIT_WINDOW);
        assertThat(comment.status()).isEqualTo(CommentStatus.PENDING_REVIEW);
        assertThat(comment.reviewReason()).isEqualTo(ReviewReason.PRE_MODERATED);
        assertThat(comment.publishedAt()).isNull();

        boolean first = comment.approve(NOW.plusSeconds(300));

        assertThat(first).isTrue();
        assertThat(comment.status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(comment.reviewReason()).isNull();
        assertThat(comment.publishedAt()).isEqualTo(NOW.plusSeconds(300));
    }

    @Test
    void a_waiting_comment_can_be_rejected_with_a_reason_and_restored_later() {
        Comment comment = user(Admission.review(ReviewReason.WORD_LIST));

        comment.reject("Werbung", NOW);
        assertThat(comment.status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(comment.moderationReason()).isEqualTo("Werbung");
        assertThatThrownBy(() -> comment.approve(NOW)).isInstanceOf(CommentStateException.class);

        assertThat(comment.restore(NOW)).isTrue();
        assertThat(comment.status()).isEqualTo(CommentStatus.PUBLISHED);
    }

    @Test
    void a_published_comment_can_be_hidden_and_restored_without_a_second_first_publication() {
        Comment comment = user(Admission.PUBLISH);
        Instant published = comment.publishedAt();

        comment.hide("Beleidigung", NOW.plusSeconds(10));
        assertThat(comment.status()).isEqualTo(CommentStatus.HIDDEN);
        assertThat(comment.acceptsReplies()).isFalse();

        assertThat(comment.restore(NOW.plusSeconds(20))).isFalse();
        assertThat(comment.status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(comment.publishedAt()).isEqualTo(published);
    }

    @Test
    void reports_hide_a_published_comment_for_review_and_a_moderator_may_keep_it_hidden() {
        Comment comment = user(Admission.PUBLISH);

        comment.hideForReview();
        assertThat(comment.isHiddenByReports()).isTrue();
        assertThatThrownBy(comment::hideForReview).isInstanceOf(CommentStateException.class);

        comment.hide("bestätigt", NOW);
        assertThat(comment.isHiddenByReports()).isFalse();
        assertThat(comment.status()).isEqualTo(CommentStatus.HIDDEN);
    }

    @Test
    void moderation_actions_that_do_not_fit_the_state_are_refused() {
        Comment published = user(Admission.PUBLISH);
        assertThatThrownBy(() -> published.approve(NOW)).isInstanceOf(CommentStateException.class);
        assertThatThrownBy(() -> published.reject("x", NOW)).isInstanceOf(CommentStateException.class);
        assertThatThrownBy(() -> published.restore(NOW)).isInstanceOf(CommentStateException.class);
        Comment pending = guest(false);
        assertThatThrownBy(() -> pending.hide("x", NOW)).isInstanceOf(CommentStateException.class);
        assertThatThrownBy(pending::hideForReview).isInstanceOf(CommentStateException.class);
        pending.confirm(Admission.PUBLISH, NOW, EDIT_WINDOW);
        assertThatThrownBy(() -> pending.confirm(Admission.PUBLISH, NOW, EDIT_WINDOW))
                .isInstanceOf(CommentStateException.class);
    }

    @Test
    void authors_edit_within_the_window_only() {
        Comment comment = user(Admission.PUBLISH);

        comment.edit("korrigiert", Admission.PUBLISH, NOW.plus(EDIT_WINDOW).minusSeconds(1));
        assertThat(comment.body()).isEqualTo("korrigiert");
        assertThat(comment.editedAt()).isNotNull();

        assertThat(comment.isEditable(NOW.plus(EDIT_WINDOW))).isFalse();
        assertThatThrownBy(() -> comment.edit("zu spät", Admission.PUBLISH, NOW.plus(EDIT_WINDOW)))
                .isInstanceOf(CommentStateException.class);
        assertThat(comment.body()).isEqualTo("korrigiert");
    }

    @Test
    void an_edit_that_needs_review_takes_a_published_comment_back_to_the_queue() {
        Comment comment = user(Admission.PUBLISH);

        comment.edit("jetzt mit casino", Admission.review(ReviewReason.WORD_LIST), NOW.plusSeconds(5));

        assertThat(comment.status()).isEqualTo(CommentStatus.PENDING_REVIEW);
        assertThat(comment.reviewReason()).isEqualTo(ReviewReason.WORD_LIST);
    }

    @Test
    void an_edit_that_removes_the_only_reason_to_wait_publishes() {
        Comment comment = user(Admission.review(ReviewReason.WORD_LIST));

        comment.edit("ohne das Wort", Admission.PUBLISH, NOW.plusSeconds(5));

        assertThat(comment.status()).isEqualTo(CommentStatus.PUBLISHED);
    }

    @Test
    void deleting_removes_text_name_and_email_and_cannot_be_repeated() {
        Comment comment = guest(true);
        comment.confirm(Admission.PUBLISH, NOW, EDIT_WINDOW);

        comment.deleteByAuthor();

        assertThat(comment.status()).isEqualTo(CommentStatus.DELETED);
        assertThat(comment.body()).isEmpty();
        assertThat(comment.authorName()).isEmpty();
        assertThat(comment.guestEmail()).isNull();
        assertThat(comment.guestEmailHash()).isNull();
        assertThat(comment.notifyReplies()).isFalse();
        assertThat(comment.isEditable(NOW)).isFalse();
        assertThatThrownBy(comment::deleteByAuthor).isInstanceOf(CommentStateException.class);
    }

    @Test
    void only_published_top_level_comments_take_replies() {
        Comment top = user(Admission.PUBLISH);
        Comment reply = Comment.byUser(EVENT, top.id(), UUID.randomUUID(), "B", null, Locale.GERMAN, "Antwort", false,
                Admission.PUBLISH, NOW, EDIT_WINDOW);
        Comment waiting = user(Admission.review(ReviewReason.PRE_MODERATED));

        assertThat(top.acceptsReplies()).isTrue();
        assertThat(reply.acceptsReplies()).isFalse();
        assertThat(waiting.acceptsReplies()).isFalse();
    }

    @Test
    void stopping_reply_mails_forgets_a_confirmed_guest_email() {
        Comment comment = guest(true);
        comment.confirm(Admission.PUBLISH, NOW, EDIT_WINDOW);

        comment.stopReplyNotifications();

        assertThat(comment.notifyReplies()).isFalse();
        assertThat(comment.guestEmail()).isNull();
    }

    private static Comment guest(boolean notifyReplies) {
        return Comment.byGuest(EVENT, null, "Gast", "gast@example.org", "hash", Locale.GERMAN, "Hallo", notifyReplies, NOW);
    }

    private static Comment user(Admission admission) {
        return Comment.byUser(EVENT, null, UUID.randomUUID(), "Anna", null, Locale.GERMAN, "Hallo", false, admission, NOW,
                EDIT_WINDOW);
    }
}
