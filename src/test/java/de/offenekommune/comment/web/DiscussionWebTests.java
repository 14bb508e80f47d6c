package de.offenekommune.comment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import de.offenekommune.IntegrationTest;
import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.comment.Comment;
import de.offenekommune.comment.CommentIntegrationTest;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.comment.internal.ReviewReason;
import de.offenekommune.event.Event;
import de.offenekommune.notification.internal.OutboxMail;

@IntegrationTest
class DiscussionWebTests extends CommentIntegrationTest {

    @Test
    void a_guest_comment_is_published_once_the_guest_confirms_it_from_the_mail() throws Exception {
        // GIVEN an open discussion
        Event event = publishedEvent(organizer());
        String email = guestEmail();

        // WHEN a guest writes
        mvc.perform(guestComment(event, address(), "Anna K.", email, "Wann gibt es die Unterlagen?\n\nDanke!"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/events/" + event.slug() + "/comments/sent"));

        // THEN it waits, invisible, and a confirmation mail with two personal links is queued
        Comment waiting = commentOf(email);
        assertThat(waiting.status()).isEqualTo(CommentStatus.PENDING_CONFIRMATION);
        assertThat(page("/events/" + event.slug()).text()).doesNotContain("Wann gibt es die Unterlagen?")
                .contains("Kommentare (0)");
        OutboxMail mail = onlyMailTo(email);
        assertThat(mail.template()).isEqualTo("comment_confirmation_to_guest");
        assertThat(mail.subject()).isEqualTo("Bitte bestätigen Sie Ihren Kommentar zu „" + event.details().title() + "“");
        String token = confirmToken(mail);
        assertThat(manageToken(mail)).isNotEqualTo(token);

        // WHEN the guest opens the link, only a page with a button is shown (mail scanners change nothing)
        Document confirmation = page("/comments/confirm/" + token);
        assertThat(confirmation.select("form[action=/comments/confirm/" + token + "] button")).hasSize(1);
        assertThat(commentOf(email).status()).isEqualTo(CommentStatus.PENDING_CONFIRMATION);

        // AND confirms
        mvc.perform(post("/comments/confirm/" + token).with(formToken(mvc)))
                .andExpect(redirectedUrl("/comments/" + waiting.id()));
        mvc.perform(get("/comments/" + waiting.id()))
                .andExpect(redirectedUrl("/events/" + event.slug() + "#comment-" + waiting.id()));

        // THEN it is public, under the name only; the email was needed only for this and is gone
        Document eventPage = page("/events/" + event.slug());
        assertThat(eventPage.select("#comment-" + waiting.id() + " .ok-comment__author").text()).isEqualTo("Anna K.");
        assertThat(eventPage.select("#comment-" + waiting.id() + " .ok-comment__body p")).hasSize(2);
        assertThat(eventPage.select("#comments-title").text()).isEqualTo("Kommentare (1)");
        assertThat(eventPage.html()).doesNotContain(email);
        Comment published = commentOf(email);
        assertThat(published.status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(jdbc.sql("select guest_email from event_comment where id = :id").param("id", published.id().value())
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void a_confirmation_link_works_once() throws Exception {
        Event event = publishedEvent(organizer());
        String email = guestEmail();
        mvc.perform(guestComment(event, address(), "Ben", email, "Einmal bestätigen reicht."));
        String token = confirmToken(onlyMailTo(email));

        mvc.perform(post("/comments/confirm/" + token).with(formToken(mvc))).andExpect(status().isFound());
        mvc.perform(post("/comments/confirm/" + token).with(formToken(mvc))).andExpect(status().isNotFound());
        mvc.perform(get("/comments/confirm/" + token)).andExpect(status().isNotFound());
        mvc.perform(get("/comments/confirm/not-a-token")).andExpect(status().isNotFound());
    }

    @Test
    void a_logged_in_user_comments_under_the_account_name_at_once() throws Exception {
        Event event = publishedEvent(organizer());
        AccountPrincipal author = account("Clara Conrad", PlatformRole.USER);

        Document form = Jsoup.parse(mvc.perform(get("/events/" + event.slug()).with(user(author)))
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select("input[name=commentName]")).isEmpty();
        assertThat(form.text()).contains("Sie schreiben als Clara Conrad.");

        String location = mvc.perform(userComment(event, author, "Ich bin dabei."))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        Comment comment = commentsOf(event).get(0);
        assertThat(location).isEqualTo("/comments/" + comment.id());
        assertThat(comment.status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(comment.authorName()).isEqualTo("Clara Conrad");
        assertThat(page("/events/" + event.slug()).select("#comment-" + comment.id()).text()).contains("Clara Conrad",
                "Ich bin dabei.");
    }

    @Test
    void organizers_comments_carry_a_badge() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);

        mvc.perform(userComment(event, organizer.principal(), "Die Unterlagen folgen morgen."));

        Comment comment = commentsOf(event).get(0);
        assertThat(page("/events/" + event.slug()).select("#comment-" + comment.id() + " .kern-badge").text())
                .isEqualTo("Veranstalter");
    }

    @Test
    void on_a_pre_moderated_event_a_confirmed_comment_waits_until_an_organizer_approves_it() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        mode(event, ModerationMode.PRE_MODERATED);
        String email = guestEmail();
        assertThat(page("/events/" + event.slug()).text()).contains("vor der Veröffentlichung von den Veranstaltenden geprüft");

        mvc.perform(guestComment(event, address(), "Dora", email, "Bitte auch online übertragen."));
        mvc.perform(post("/comments/confirm/" + confirmToken(onlyMailTo(email))).with(formToken(mvc)))
                .andExpect(redirectedUrl("/events/" + event.slug() + "/comments/awaiting"));

        Comment waiting = commentOf(email);
        assertThat(waiting.status()).isEqualTo(CommentStatus.PENDING_REVIEW);
        assertThat(waiting.reviewReason()).isEqualTo(ReviewReason.PRE_MODERATED);
        assertThat(page("/events/" + event.slug()).text()).doesNotContain("Bitte auch online übertragen.");
        OutboxMail notice = onlyMailTo(organizer.email());
        assertThat(notice.template()).isEqualTo("comment_awaiting_moderation_to_organizer");
        assertThat(notice.text()).contains("Dora", "Bitte auch online übertragen.", "Vorab-Moderation",
                "/manage/events/" + event.id() + "/comments");

        mvc.perform(post("/manage/events/" + event.id() + "/comments/" + waiting.id() + "/approve")
                        .with(formToken(mvc)).with(user(organizer.principal())))
                .andExpect(redirectedUrl("/manage/events/" + event.id() + "/comments"));

        assertThat(commentOf(email).status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(page("/events/" + event.slug()).text()).contains("Bitte auch online übertragen.");
    }

    @Test
    void a_closed_discussion_can_be_read_but_takes_no_comments() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        mvc.perform(userComment(event, organizer.principal(), "Danke für die rege Diskussion."));
        mode(event, ModerationMode.CLOSED);

        Document eventPage = page("/events/" + event.slug());
        assertThat(eventPage.text()).contains("Danke für die rege Diskussion.", "Die Diskussion ist geschlossen.");
        assertThat(eventPage.select("form[action=/events/" + event.slug() + "/comments]")).isEmpty();
        assertThat(eventPage.select("a[href$=/reply]")).isEmpty();

        String body = mvc.perform(guestComment(event, address(), "Emil", guestEmail(), "Noch eine Frage"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(body).text()).contains("Die Diskussion ist geschlossen.");
        assertThat(commentsOf(event)).hasSize(1);
    }

    @Test
    void a_discussion_that_is_off_shows_nothing_and_takes_nothing() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        mvc.perform(userComment(event, organizer.principal(), "Vorher geschrieben"));
        mode(event, ModerationMode.OFF);

        assertThat(page("/events/" + event.slug()).select("#comments")).isEmpty();
        assertThat(page("/events/" + event.slug()).text()).doesNotContain("Vorher geschrieben");
        mvc.perform(get("/events/" + event.slug() + "/comments")).andExpect(status().isNotFound());
        mvc.perform(get("/comments/" + commentsOf(event).get(0).id())).andExpect(status().isNotFound());
        mvc.perform(guestComment(event, address(), "Emil", guestEmail(), "Hallo?")).andExpect(status().isNotFound());
        assertThat(commentsOf(event)).hasSize(1);
    }

    @Test
    void invalid_input_is_answered_with_every_problem_next_to_its_field_and_the_input_kept() throws Exception {
        Event event = publishedEvent(organizer());

        String body = mvc.perform(commentForm(event, address(), Map.of("commentName", "", "commentEmail", "keine-adresse",
                        "commentText", "Mein wichtiger Text")))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(body);
        assertThat(page.select("#error-summary a")).extracting(element -> element.attr("href"))
                .containsExactly("#commentName", "#commentEmail");
        assertThat(page.select("#error-summary a").eachText()).first().asString()
                .isEqualTo("Ihr Name: Bitte füllen Sie dieses Feld aus.");
        assertThat(page.select("#commentName-error").text()).isEqualTo("Bitte füllen Sie dieses Feld aus.");
        assertThat(page.select("#commentEmail-error").text()).contains("gültige E-Mail-Adresse");
        assertThat(page.select("#commentEmail").val()).isEqualTo("keine-adresse");
        assertThat(page.select("#commentText").text()).isEqualTo("Mein wichtiger Text");
        assertThat(page.select("input[name=commentStamp]").val()).isNotBlank();
        assertThat(commentsOf(event)).isEmpty();
    }

    @Test
    void long_discussions_are_paginated_and_permalinks_lead_to_the_right_page() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        for (int i = 1; i <= 23; i++) {
            mvc.perform(userComment(event, organizer.principal(), "Beitrag Nummer " + i + " zur Sache"))
                    .andExpect(status().isFound());
        }
        Comment tenth = commentsOf(event).get(9);
        Comment eleventh = commentsOf(event).get(10);
        Comment last = commentsOf(event).get(22);

        Document eventPage = page("/events/" + event.slug());
        assertThat(eventPage.select(".ok-comments > .ok-comment-list > li")).hasSize(10);
        assertThat(eventPage.select("a[href=/events/" + event.slug() + "/comments]").text())
                .isEqualTo("Alle 23 Kommentare lesen");
        assertThat(eventPage.select("#comments-title").text()).isEqualTo("Kommentare (23)");

        assertThat(page("/events/" + event.slug() + "/comments").select("ol.ok-comment-list > li")).hasSize(20);
        Document second = page("/events/" + event.slug() + "/comments?page=2");
        assertThat(second.select("ol.ok-comment-list > li")).hasSize(3);
        assertThat(second.text()).contains("Beitrag Nummer 23 zur Sache", "Seite 2 von 2");
        mvc.perform(get("/comments/" + tenth.id()))
                .andExpect(redirectedUrl("/events/" + event.slug() + "#comment-" + tenth.id()));
        mvc.perform(get("/comments/" + eleventh.id()))
                .andExpect(redirectedUrl("/events/" + event.slug() + "/comments#comment-" + eleventh.id()));
        mvc.perform(get("/comments/" + last.id()))
                .andExpect(redirectedUrl("/events/" + event.slug() + "/comments?page=2#comment-" + last.id()));
        mvc.perform(get("/events/" + event.slug() + "/comments?page=3")).andExpect(status().isNotFound());
    }

    @Test
    void discussion_pages_speak_english_too() throws Exception {
        Event event = publishedEvent(organizer());

        Document page = Jsoup.parse(mvc.perform(get("/events/" + event.slug() + "/comments").locale(Locale.ENGLISH)
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString());

        assertThat(page.text()).contains("Write a new comment", "Your email address", "No comments yet.");
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
