package de.offenekommune.comment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestMail;
import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.comment.Comment;
import de.offenekommune.comment.CommentIntegrationTest;
import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.event.Event;
import de.offenekommune.notification.internal.OutboxMail;

/** One level of replies, and mail to authors who asked to hear of them. */
@IntegrationTest
class ReplyTests extends CommentIntegrationTest {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("(/comments/[0-9a-f-]{36}/unsubscribe\\?sig=[0-9a-f]{32})");

    @Autowired
    TestMail testMail;

    @Test
    void replies_are_shown_under_their_comment_one_level_deep() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        AccountPrincipal asker = account("Fragende Person", PlatformRole.USER);
        mvc.perform(userComment(event, asker, "Gibt es Parkplätze?"));
        Comment question = commentsOf(event).get(0);

        Document replyPage = page("/comments/" + question.id() + "/reply");
        assertThat(replyPage.select("h1").text()).isEqualTo("Antwort an Fragende Person");
        assertThat(replyPage.select("input[name=commentParent]").val()).isEqualTo(question.id().toString());

        mvc.perform(reply(event, question, organizer.principal(), "Ja, hinter dem Rathaus.")).andExpect(status().isFound());
        Comment answer = commentsOf(event).get(1);
        assertThat(answer.parent()).isEqualTo(question.id());

        Document eventPage = page("/events/" + event.slug());
        assertThat(eventPage.select(".ok-comment-replies #comment-" + answer.id()).text()).contains("Ja, hinter dem Rathaus.");
        assertThat(eventPage.select("#comment-" + answer.id() + " a[href$=/reply]")).isEmpty();
        mvc.perform(get("/comments/" + answer.id() + "/reply")).andExpect(status().isNotFound());

        String body = mvc.perform(reply(event, answer, asker, "Antwort auf die Antwort"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        Document refused = Jsoup.parse(body);
        assertThat(refused.select("#commentText-error").text()).contains("kann nicht (mehr) geantwortet werden");
        assertThat(refused.select("#commentText").text()).isEqualTo("Antwort auf die Antwort");
        assertThat(refused.select("input[name=commentParent]")).isEmpty();
        assertThat(commentsOf(event)).hasSize(2);
    }

    @Test
    void a_guest_who_asked_hears_of_a_reply_in_their_language_and_can_unsubscribe() throws Exception {
        Event event = publishedEvent(organizer());
        String email = guestEmail();
        mvc.perform(commentForm(event, address(), Map.of("commentName", "Grace", "commentEmail", email,
                "commentText", "Is there an English summary?", "commentNotify", "true")).locale(Locale.ENGLISH)
                .header("Accept-Language", "en"));
        OutboxMail confirmation = onlyMailTo(email);
        assertThat(confirmation.subject()).startsWith("Please confirm your comment on");
        assertThat(confirmation.text()).contains("You will get an email when someone replies");
        mvc.perform(post("/comments/confirm/" + confirmToken(confirmation)).with(formToken(mvc)));
        Comment question = commentOf(email);
        assertThat(question.notifyReplies()).isTrue();

        AccountPrincipal helper = account("Hilde Hilfreich", PlatformRole.USER);
        mvc.perform(reply(event, question, helper, "Yes, on page 2.")).andExpect(status().isFound());

        await().atMost(Duration.ofSeconds(20)).until(() -> testMail.to(email).size() == 2);
        OutboxMail notice = mailsTo(email).stream().filter(mail -> mail.template().equals("comment_reply_to_author"))
                .findFirst().orElseThrow();
        assertThat(notice.subject()).isEqualTo("New reply to your comment on \"" + event.details().title() + "\"");
        assertThat(notice.text()).contains("Hilde Hilfreich replied to your comment:", "Yes, on page 2.");
        Matcher link = UNSUBSCRIBE.matcher(notice.text());
        assertThat(link.find()).isTrue();

        mvc.perform(get(link.group(1))).andExpect(status().isOk());
        assertThat(commentOf(email).notifyReplies()).isTrue();
        mvc.perform(post(link.group(1))
                .with(formToken(mvc))).andExpect(status().isOk());
        assertThat(commentOf(email).notifyReplies()).isFalse();
        assertThat(jdbc.sql("select guest_email from event_comment where id = :id").param("id", question.id().value())
                .query(String.class).optional()).isEmpty();

        mvc.perform(reply(event, question, account("Noch jemand", PlatformRole.USER), "Another reply"));
        assertThat(mailsTo(email)).hasSize(2);
    }

    @Test
    void an_unsubscribe_link_with_a_wrong_signature_does_nothing() throws Exception {
        Event event = publishedEvent(organizer());
        AccountPrincipal author = account("Ida", PlatformRole.USER);
        mvc.perform(commentForm(event, address(), Map.of("commentText", "Bitte Bescheid geben", "commentNotify", "true"))
                .with(user(author)));
        Comment comment = commentsOf(event).get(0);

        mvc.perform(post("/comments/" + comment.id() + "/unsubscribe").with(formToken(mvc)).param("sig", "0".repeat(32)))
                .andExpect(status().isNotFound());

        assertThat(comments.findById(comment.id()).orElseThrow().notifyReplies()).isTrue();
    }

    @Test
    void nobody_is_mailed_who_did_not_ask_or_who_answered_themselves() throws Exception {
        Event event = publishedEvent(organizer());
        AccountPrincipal quiet = account("Stille", PlatformRole.USER);
        AccountPrincipal curious = account("Neugierige", PlatformRole.USER);
        mvc.perform(userComment(event, quiet, "Ohne Benachrichtigung"));
        mvc.perform(commentForm(event, address(), Map.of("commentText", "Mit Benachrichtigung", "commentNotify", "true"))
                .with(user(curious)));
        Comment first = commentsOf(event).get(0);
        Comment second = commentsOf(event).get(1);

        mvc.perform(reply(event, first, curious, "Antwort an die Stille"));
        mvc.perform(reply(event, second, curious, "Nachtrag zu mir selbst"));

        assertThat(mailsTo(quiet.email())).isEmpty();
        assertThat(mailsTo(curious.email())).isEmpty();

        mvc.perform(reply(event, second, quiet, "Antwort an die Neugierige"));
        assertThat(onlyMailTo(curious.email()).text()).contains("Stille hat auf Ihren Kommentar geantwortet:");
    }

    @Test
    void on_a_pre_moderated_event_the_author_hears_of_a_reply_only_once_it_is_approved() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        AccountPrincipal curious = account("Jule", PlatformRole.USER);
        mvc.perform(commentForm(event, address(), Map.of("commentText", "Wer kommt noch?", "commentNotify", "true"))
                .with(user(curious)));
        mode(event, ModerationMode.PRE_MODERATED);
        Comment question = commentsOf(event).get(0);

        mvc.perform(reply(event, question, account("Kai", PlatformRole.USER), "Ich!"));
        Comment answer = commentsOf(event).get(1);
        assertThat(mailsTo(curious.email())).isEmpty();

        mvc.perform(post("/manage/events/" + event.id() + "/comments/" + answer.id() + "/approve").with(formToken(mvc))
                .with(user(organizer.principal())));

        assertThat(onlyMailTo(curious.email()).text()).contains("Ich!");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder reply(Event event, Comment parent,
            AccountPrincipal author, String text) throws Exception {
        return commentForm(event, address(), Map.of("commentText", text, "commentParent", parent.id().toString()))
                .with(user(author));
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
