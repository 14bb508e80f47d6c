package de.offenekommune.comment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.offenekommune.IntegrationTest;
import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.comment.Comment;
import de.offenekommune.comment.CommentId;
import de.offenekommune.comment.CommentIntegrationTest;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.internal.ModerationLog;
import de.offenekommune.comment.internal.ReviewReason;
import de.offenekommune.event.Event;

/** Readers' reports: distinct people count, the threshold hides, moderators decide. */
@IntegrationTest
class ReportWebTests extends CommentIntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    ModerationLog log;

    @Test
    void three_distinct_reporters_hide_a_comment_until_it_is_reviewed() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        Comment comment = published(event, "Alle, die anderer Meinung sind, sind Idioten.");

        Document form = Jsoup.parse(mvc.perform(get("/comments/" + comment.id() + "/report")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select("input[name=reason]")).hasSize(5);

        report(comment.id(), address(), "ABUSE").andExpect(status().isOk());
        report(comment.id(), address(), "ABUSE").andExpect(status().isOk());
        assertThat(comments.findById(comment.id()).orElseThrow().status()).isEqualTo(CommentStatus.PUBLISHED);
        String body = report(comment.id(), address(), "SPAM").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(body).text()).contains("Danke für Ihre Meldung");
        Comment hidden = comments.findById(comment.id()).orElseThrow();
        assertThat(hidden.status()).isEqualTo(CommentStatus.HIDDEN);
        assertThat(hidden.reviewReason()).isEqualTo(ReviewReason.REPORTS);
        assertThat(page("/events/" + event.slug()).select("#comment-" + comment.id()).text())
                .isEqualTo("Dieser Kommentar wurde von der Moderation ausgeblendet.");
        assertThat(log.findForComment(comment.id())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(ModerationLog.Action.HIDDEN_BY_REPORTS);
            assertThat(entry.actorName()).isNull();
        });
        assertThat(onlyMailTo(organizer.email()).text()).contains("Mehrfach gemeldet");
    }

    @Test
    void the_same_person_reporting_again_counts_once() throws Exception {
        Event event = publishedEvent(organizer());
        Comment comment = published(event, "Umstrittene Meinung");
        String address = address();
        AccountPrincipal reader = account("Leserin", PlatformRole.USER);

        for (int i = 0; i < 3; i++) {
            report(comment.id(), address, "SPAM").andExpect(status().isOk());
            mvc.perform(reportRequest(comment.id(), address(), "ABUSE").with(user(reader))).andExpect(status().isOk());
        }

        assertThat(comments.findById(comment.id()).orElseThrow().status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(jdbc.sql("select count(*) from comment_report where comment_id = :id").param("id", comment.id().value())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_moderator_restores_a_reported_comment_and_the_old_reports_no_longer_count() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        Comment comment = published(event, "Kritik am Verfahren ist erlaubt.");
        for (int i = 0; i < 3; i++) {
            report(comment.id(), address(), "ABUSE");
        }
        assertThat(comments.findById(comment.id()).orElseThrow().isHiddenByReports()).isTrue();

        mvc.perform(post("/manage/events/" + event.id() + "/comments/" + comment.id() + "/restore").with(formToken(mvc))
                .with(user(organizer.principal()))).andExpect(status().isFound());
        assertThat(comments.findById(comment.id()).orElseThrow().status()).isEqualTo(CommentStatus.PUBLISHED);

        report(comment.id(), address(), "SPAM");
        assertThat(comments.findById(comment.id()).orElseThrow().status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(page("/events/" + event.slug()).text()).contains("Kritik am Verfahren ist erlaubt.");
    }

    @Test
    void a_report_needs_a_reason_and_only_public_comments_can_be_reported() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        Comment comment = published(event, "Noch ein Kommentar");

        String body = mvc.perform(post("/comments/" + comment.id() + "/report").with(formToken(mvc)).with(from(address()))
                        .param("reason", "WHATEVER").param("note", "<script>x</script>"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(body);
        assertThat(page.select("#reason-error").text()).isEqualTo("Bitte wählen Sie einen Grund aus.");
        assertThat(page.select("#note").text()).isEqualTo("<script>x</script>");
        assertThat(page.select("script")).isEmpty();

        String email = guestEmail();
        mvc.perform(guestComment(event, address(), "Unbestätigt", email, "Noch nicht öffentlich"));
        mvc.perform(get("/comments/" + commentOf(email).id() + "/report")).andExpect(status().isNotFound());
        report(commentOf(email).id(), address(), "SPAM").andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from comment_report where comment_id = :id")
                .param("id", commentOf(email).id().value()).query(Long.class).single()).isZero();
    }

    @Test
    void one_address_reporting_everything_is_stopped() throws Exception {
        Event event = publishedEvent(organizer());
        String address = address();
        for (int i = 0; i < 30; i++) {
            Comment comment = published(event, "Kommentar " + i + " " + suffix());
            report(comment.id(), address, "SPAM").andExpect(status().isOk());
        }
        Comment last = published(event, "Der letzte Kommentar");

        String body = report(last.id(), address, "SPAM").andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(body).select("#reason-error").text()).contains("sehr viele");
        assertThat(jdbc.sql("select count(*) from comment_report where comment_id = :id").param("id", last.id().value())
                .query(Long.class).single()).isZero();
    }

    private Comment published(Event event, String text) throws Exception {
        AccountPrincipal author = account("Autor " + suffix(), PlatformRole.USER);
        mvc.perform(userComment(event, author, text)).andExpect(status().isFound());
        return commentsOf(event).stream().filter(comment -> comment.body().equals(text)).findFirst().orElseThrow();
    }

    private org.springframework.test.web.servlet.ResultActions report(CommentId id, String address, String reason)
            throws Exception {
        return mvc.perform(reportRequest(id, address, reason));
    }

    private MockHttpServletRequestBuilder reportRequest(CommentId id, String address, String reason) throws Exception {
        return post("/comments/" + id + "/report").with(formToken(mvc)).with(from(address)).param("reason", reason)
                .param("note", "");
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
