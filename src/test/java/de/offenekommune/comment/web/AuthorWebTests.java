package de.offenekommune.comment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import de.offenekommune.IntegrationTest;
import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.comment.Comment;
import de.offenekommune.comment.CommentId;
import de.offenekommune.comment.CommentIntegrationTest;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.comment.internal.ReviewReason;
import de.offenekommune.event.Event;

/** Authors correcting and deleting their own comments, guests by their personal link, users by their account. */
@IntegrationTest
class AuthorWebTests extends CommentIntegrationTest {

    @Test
    void a_guest_edits_the_comment_through_the_personal_link_within_the_edit_window() throws Exception {
        Event event = publishedEvent(organizer());
        String email = guestEmail();
        String manage = confirmedGuestComment(event, email, "Tippfehlr im Text");
        CommentId id = commentOf(email).id();

        Document page = page("/comments/manage/" + manage);
        assertThat(page.select("#commentText").text()).isEqualTo("Tippfehlr im Text");
        mvc.perform(post("/comments/manage/" + manage + "/edit").with(formToken(mvc)).param("commentText", "Tippfehler korrigiert"))
                .andExpect(redirectedUrl("/comments/manage/" + manage + "?done=saved"));

        Comment edited = comments.findById(id).orElseThrow();
        assertThat(edited.body()).isEqualTo("Tippfehler korrigiert");
        assertThat(edited.editedAt()).isNotNull();
        assertThat(page("/events/" + event.slug()).select("#comment-" + id).text())
                .contains("Tippfehler korrigiert", "bearbeitet");
    }

    @Test
    void after_the_edit_window_the_text_stays_as_it_is() throws Exception {
        Event event = publishedEvent(organizer());
        String email = guestEmail();
        String manage = confirmedGuestComment(event, email, "Endgültiger Text");
        CommentId id = commentOf(email).id();
        closeEditWindow(id);

        assertThat(page("/comments/manage/" + manage).select("#commentText")).isEmpty();
        String body = mvc.perform(post("/comments/manage/" + manage + "/edit").with(formToken(mvc))
                        .param("commentText", "Nachträglich geändert"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(body).text()).contains("kann nicht mehr bearbeitet werden");
        assertThat(comments.findById(id).orElseThrow().body()).isEqualTo("Endgültiger Text");
    }

    @Test
    void a_guest_deletes_the_comment_and_replies_keep_their_place_under_a_placeholder() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        String email = guestEmail();
        String manage = confirmedGuestComment(event, email, "Meine Frage an alle");
        CommentId id = commentOf(email).id();
        mvc.perform(commentForm(event, address(), Map.of("commentText", "Meine Antwort", "commentParent", id.toString()))
                .with(user(organizer.principal()))).andExpect(status().isFound());

        mvc.perform(post("/comments/manage/" + manage + "/delete").with(formToken(mvc)))
                .andExpect(redirectedUrl("/comments/manage/" + manage + "?done=deleted"));

        Comment deleted = comments.findById(id).orElseThrow();
        assertThat(deleted.status()).isEqualTo(CommentStatus.DELETED);
        assertThat(deleted.body()).isEmpty();
        assertThat(deleted.authorName()).isEmpty();
        assertThat(jdbc.sql("select count(*) from event_comment where id = :id and guest_email_hash is null")
                .param("id", id.value()).query(Long.class).single()).isEqualTo(1);
        Document eventPage = page("/events/" + event.slug());
        assertThat(eventPage.select("#comment-" + id).text())
                .isEqualTo("Dieser Kommentar wurde von der verfassenden Person gelöscht.");
        assertThat(eventPage.text()).doesNotContain("Meine Frage an alle").contains("Meine Antwort");
        assertThat(page("/comments/manage/" + manage + "?done=deleted").text()).contains("Ihr Kommentar ist gelöscht.", "Gelöscht");
    }

    @Test
    void a_deleted_comment_without_replies_leaves_no_trace_in_the_thread() throws Exception {
        Event event = publishedEvent(organizer());
        String email = guestEmail();
        String manage = confirmedGuestComment(event, email, "Bitte wieder weg");
        CommentId id = commentOf(email).id();

        mvc.perform(post("/comments/manage/" + manage + "/delete").with(formToken(mvc))).andExpect(status().isFound());

        assertThat(page("/events/" + event.slug()).select("#comment-" + id)).isEmpty();
        mvc.perform(get("/comments/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void a_user_edits_and_deletes_own_comments_from_the_page() throws Exception {
        Event event = publishedEvent(organizer());
        AccountPrincipal author = account("Frida Faller", PlatformRole.USER);
        mvc.perform(userComment(event, author, "Erster Endwurf"));
        Comment comment = commentsOf(event).get(0);

        Document eventPage = Jsoup.parse(mvc.perform(get("/events/" + event.slug()).with(user(author)))
                .andReturn().getResponse().getContentAsString());
        assertThat(eventPage.select("#comment-" + comment.id() + " a[href=/comments/" + comment.id() + "/edit]")).hasSize(1);
        assertThat(eventPage.select("#comment-" + comment.id() + " a[href$=/report]")).isEmpty();

        mvc.perform(post("/comments/" + comment.id() + "/edit").with(formToken(mvc)).with(user(author))
                        .param("commentText", "Erster Entwurf"))
                .andExpect(redirectedUrl("/comments/" + comment.id()));
        assertThat(comments.findById(comment.id()).orElseThrow().body()).isEqualTo("Erster Entwurf");

        mvc.perform(post("/comments/" + comment.id() + "/delete").with(formToken(mvc)).with(user(author)))
                .andExpect(redirectedUrl("/comments/" + comment.id() + "/edit?done=deleted"));
        assertThat(comments.findById(comment.id()).orElseThrow().status()).isEqualTo(CommentStatus.DELETED);
    }

    @Test
    void an_edit_on_a_pre_moderated_event_goes_back_to_the_queue() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        String email = guestEmail();
        String manage = confirmedGuestComment(event, email, "Harmloser Text");
        mode(event, ModerationMode.PRE_MODERATED);

        mvc.perform(post("/comments/manage/" + manage + "/edit").with(formToken(mvc)).param("commentText", "Ganz anderer Text"))
                .andExpect(status().isFound());

        Comment comment = commentOf(email);
        assertThat(comment.status()).isEqualTo(CommentStatus.PENDING_REVIEW);
        assertThat(comment.reviewReason()).isEqualTo(ReviewReason.PRE_MODERATED);
        assertThat(page("/events/" + event.slug()).text()).doesNotContain("Ganz anderer Text");
        assertThat(mailsTo(organizer.email())).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("Ganz anderer Text"));
    }

    @Test
    void invalid_edits_are_refused_with_the_input_kept() throws Exception {
        Event event = publishedEvent(organizer());
        String email = guestEmail();
        String manage = confirmedGuestComment(event, email, "Gültiger Text");

        String body = mvc.perform(post("/comments/manage/" + manage + "/edit").with(formToken(mvc))
                        .param("commentText", "https://a.de https://b.de https://c.de https://d.de"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(body);
        assertThat(page.select("#commentText-error").text()).contains("höchstens 3 Web-Adressen");
        assertThat(page.select("#commentText").text()).isEqualTo("https://a.de https://b.de https://c.de https://d.de");
        assertThat(commentOf(email).body()).isEqualTo("Gültiger Text");
    }

    /** @return the guest's personal manage token */
    private String confirmedGuestComment(Event event, String email, String text) throws Exception {
        mvc.perform(guestComment(event, address(), "Gisela", email, text)).andExpect(status().isFound());
        var mail = onlyMailTo(email);
        mvc.perform(post("/comments/confirm/" + confirmToken(mail)).with(formToken(mvc))).andExpect(status().isFound());
        return manageToken(mail);
    }

    private void closeEditWindow(CommentId id) {
        jdbc.sql("update event_comment set editable_until = :past where id = :id")
                .param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(1)))
                .param("id", id.value())
                .update();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
