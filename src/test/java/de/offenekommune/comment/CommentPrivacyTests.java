package de.offenekommune.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestMail;
import de.offenekommune.comment.internal.CommentRetention;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.event.Event;

/** Guest emails are kept only while needed, and nothing personal reaches the logs. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CommentPrivacyTests extends CommentIntegrationTest {

    @Autowired
    CommentRetention retention;
    @Autowired
    TestMail testMail;

    @Test
    void comments_never_confirmed_are_deleted_with_their_email_after_the_confirmation_period() throws Exception {
        Event event = publishedEvent(organizer());
        String stale = guestEmail();
        String fresh = guestEmail();
        mvc.perform(guestComment(event, address(), "Vergesslich", stale, "Nie bestätigt"));
        mvc.perform(guestComment(event, address(), "Eilig", fresh, "Gleich bestätigt"));
        CommentId staleId = commentOf(stale).id();
        jdbc.sql("update event_comment set created_at = :then where id = :id")
                .param("then", Timestamp.from(Instant.now().minus(Duration.ofDays(2)).minusSeconds(60)))
                .param("id", staleId.value())
                .update();

        retention.run();

        assertThat(comments.findById(staleId)).isEmpty();
        assertThat(commentOf(fresh).status()).isEqualTo(CommentStatus.PENDING_CONFIRMATION);
    }

    @Test
    void guest_emails_kept_for_reply_notices_are_forgotten_once_the_event_is_long_over() throws Exception {
        // GIVEN a guest wrote while the discussion was open, and the event is now 40 days past
        Event past = publishedEvent(organizer(), LocalDateTime.now().minusDays(10).truncatedTo(ChronoUnit.HOURS));
        Event upcoming = publishedEvent(organizer());
        String pastEmail = confirmedGuestWithReplies(past);
        String upcomingEmail = confirmedGuestWithReplies(upcoming);
        jdbc.sql("update event set starts_at = starts_at - interval '30 days', ends_at = ends_at - interval '30 days' where id = :id")
                .param("id", past.id().value())
                .update();
        CommentId pastComment = commentOf(pastEmail).id();

        retention.run();

        Comment forgotten = comments.findById(pastComment).orElseThrow();
        assertThat(forgotten.status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(forgotten.authorName()).isEqualTo("Erinnerung");
        assertThat(forgotten.notifyReplies()).isFalse();
        assertThat(jdbc.sql("select count(*) from event_comment where id = :id and guest_email is null and guest_email_hash is null")
                .param("id", pastComment.value()).query(Long.class).single()).isEqualTo(1);
        assertThat(commentOf(upcomingEmail).notifyReplies()).isTrue();
    }

    @Test
    void the_retention_task_is_scheduled() {
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'comment-retention'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void neither_email_nor_name_nor_text_of_a_guest_reaches_the_log(CapturedOutput output) throws Exception {
        Event event = publishedEvent(organizer());
        String email = guestEmail();
        String name = "Geheimname " + suffix();

        mvc.perform(commentForm(event, address(), Map.of("commentName", name, "commentEmail", email,
                "commentText", "Geheimtext " + name)));
        mvc.perform(post("/comments/confirm/" + confirmToken(onlyMailTo(email))).with(formToken(mvc)));
        await().atMost(Duration.ofSeconds(20)).until(() -> testMail.to(email).size() == 1);

        // the test mail server logs its mailboxes; the application must not
        assertThat(output.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail")))
                .isNotEmpty()
                .noneMatch(line -> line.contains(email) || line.contains(name));
    }

    private String confirmedGuestWithReplies(Event event) throws Exception {
        String email = guestEmail();
        mvc.perform(commentForm(event, address(), Map.of("commentName", "Erinnerung", "commentEmail", email,
                "commentText", "Sagen Sie mir Bescheid " + suffix(), "commentNotify", "true")));
        mvc.perform(post("/comments/confirm/" + confirmToken(onlyMailTo(email))).with(formToken(mvc)));
        assertThat(commentOf(email).notifyReplies()).isTrue();
        return email;
    }
}
