package de.offenekommune.comment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import de.offenekommune.IntegrationTest;
import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.internal.ApiTokens;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.comment.Comment;
import de.offenekommune.comment.CommentIntegrationTest;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.event.Event;

@IntegrationTest
class CommentApiTests extends CommentIntegrationTest {

    @Autowired
    ApiTokens tokens;

    @Test
    void everyone_reads_the_published_comments_with_replies_and_placeholders_but_never_an_email() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        String email = guestEmail();
        mvc.perform(commentForm(event, address(), Map.of("commentName", "Quentin", "commentEmail", email,
                "commentText", "Frage mit https://example.org/info", "commentNotify", "true")));
        mvc.perform(post("/comments/confirm/" + confirmToken(onlyMailTo(email))).with(formToken(mvc)));
        Comment question = commentOf(email);
        mvc.perform(commentForm(event, address(), Map.of("commentText", "Antwort der Stadt",
                "commentParent", question.id().toString())).with(user(organizer.principal())));
        mvc.perform(guestComment(event, address(), "Unbestätigt", guestEmail(), "Nicht öffentlich"));
        AccountPrincipal troll = account("Troll", PlatformRole.USER);
        mvc.perform(userComment(event, troll, "Wird ausgeblendet"));
        Comment hidden = commentsOf(event).stream().filter(c -> c.body().equals("Wird ausgeblendet")).findFirst().orElseThrow();
        mvc.perform(post("/manage/events/" + event.id() + "/comments/" + hidden.id() + "/hide").with(formToken(mvc))
                .with(user(organizer.principal())).param("reason", "Spam"));

        String json = mvc.perform(get("/api/v1/events/" + event.id() + "/comments"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.mode").value("OPEN"))
                .andExpect(jsonPath("$.publishedCount").value(2))
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[0].id").value(question.id().toString()))
                .andExpect(jsonPath("$.items[0].status").value("PUBLISHED"))
                .andExpect(jsonPath("$.items[0].author.name").value("Quentin"))
                .andExpect(jsonPath("$.items[0].url").value("http://localhost:8080/comments/" + question.id()))
                .andExpect(jsonPath("$.items[0].html").value(org.hamcrest.Matchers.containsString(
                        "<a href=\"https://example.org/info\" rel=\"nofollow ugc noopener noreferrer\">")))
                .andExpect(jsonPath("$.items[0].replies[0].text").value("Antwort der Stadt"))
                .andExpect(jsonPath("$.items[0].replies[0].author.role").value("ORGANIZER"))
                .andExpect(jsonPath("$.items[1].status").value("HIDDEN"))
                .andExpect(jsonPath("$.items[1].text").doesNotExist())
                .andExpect(jsonPath("$.items[1].author").doesNotExist())
                .andReturn().getResponse().getContentAsString();

        assertThat(json).doesNotContain(email, "Nicht öffentlich", "Wird ausgeblendet", "Troll", "Spam", "@");
    }

    @Test
    void a_token_owner_writes_a_comment_under_the_account_name() throws Exception {
        Event event = publishedEvent(organizer());
        AccountPrincipal author = account("Rita Rest", PlatformRole.USER);
        String token = tokens.issue(author.id(), "test");

        send(event, token, "{\"text\":\"Über die API geschrieben\",\"notifyReplies\":true}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("http://localhost:8080/comments/")))
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.author.name").value("Rita Rest"));

        Comment comment = commentsOf(event).get(0);
        assertThat(comment.body()).isEqualTo("Über die API geschrieben");
        assertThat(comment.notifyReplies()).isTrue();
        assertThat(comment.isWrittenBy(author.userId())).isTrue();
    }

    @Test
    void on_a_pre_moderated_event_an_api_comment_is_accepted_for_review() throws Exception {
        Event event = publishedEvent(organizer());
        mode(event, ModerationMode.PRE_MODERATED);
        String token = tokens.issue(account("Sven", PlatformRole.USER).id(), "test");

        send(event, token, "{\"text\":\"Bitte prüfen\"}")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("PENDING_REVIEW"));

        assertThat(commentsOf(event)).singleElement()
                .satisfies(comment -> assertThat(comment.status()).isEqualTo(CommentStatus.PENDING_REVIEW));
        mvc.perform(get("/api/v1/events/" + event.id() + "/comments")).andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void posting_needs_a_token() throws Exception {
        Event event = publishedEvent(organizer());

        mvc.perform(post("/api/v1/events/" + event.id() + "/comments").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Anonym\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        send(event, "okt_wrong-token-wrong-token-wrong-token", "{\"text\":\"Gefälscht\"}")
                .andExpect(status().isUnauthorized());

        assertThat(commentsOf(event)).isEmpty();
    }

    @Test
    void bad_input_is_answered_with_problem_json() throws Exception {
        Event event = publishedEvent(organizer());
        String token = tokens.issue(account("Tina", PlatformRole.USER).id(), "test");

        send(event, token, "{\"text\":\"" + "x".repeat(5001) + "\",\"parentId\":\"nope\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("text")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("parentId")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("comment.parent.unavailable")));
        send(event, token, "{\"text\":").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("http://localhost:8080/api#problem-malformed"));
        mvc.perform(get("/api/v1/events/" + event.id() + "/comments?size=1000")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/events/not-an-id/comments")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("http://localhost:8080/api#problem-not-found"));
        assertThat(commentsOf(event)).isEmpty();
    }

    @Test
    void closed_and_switched_off_discussions_say_so() throws Exception {
        Event closed = publishedEvent(organizer());
        Event off = publishedEvent(organizer());
        mode(closed, ModerationMode.CLOSED);
        mode(off, ModerationMode.OFF);
        String token = tokens.issue(account("Uwe", PlatformRole.USER).id(), "test");

        send(closed, token, "{\"text\":\"Zu spät\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Die Diskussion ist geschlossen. Es können keine Kommentare mehr geschrieben werden."));
        send(off, token, "{\"text\":\"Gibt es nicht\"}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/" + closed.id() + "/comments")).andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("CLOSED"));
        mvc.perform(get("/api/v1/events/" + off.id() + "/comments")).andExpect(status().isNotFound());
        assertThat(commentsOf(closed)).isEmpty();
        assertThat(commentsOf(off)).isEmpty();
    }

    @Test
    void a_blocked_user_is_refused_with_403() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        AccountPrincipal author = account("Vera", PlatformRole.USER);
        String token = tokens.issue(author.id(), "test");
        send(event, token, "{\"text\":\"Erster\"}").andExpect(status().isCreated());
        mvc.perform(post("/manage/events/" + event.id() + "/comments/" + commentsOf(event).get(0).id() + "/block")
                .with(formToken(mvc)).with(user(organizer.principal())).param("reason", "Test"));

        send(event, token, "{\"text\":\"Zweiter\"}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("http://localhost:8080/api#problem-forbidden"));
        assertThat(commentsOf(event)).hasSize(1);
    }

    private ResultActions send(Event event, String token, String body) throws Exception {
        return mvc.perform(post("/api/v1/events/" + event.id() + "/comments").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
