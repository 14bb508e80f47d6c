package de.offenekommune.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import de.offenekommune.IntegrationTest;
import de.offenekommune.account.internal.ApiTokens;
import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.comment.internal.Admission;
import de.offenekommune.event.Event;

/**
 * A discussion closes by itself 30 days ({@code ok.comments.close-after}) after its event: the page says
 * so, what was written stays readable, and neither the form nor the API takes new comments.
 */
@IntegrationTest
class DiscussionClosingTests extends CommentIntegrationTest {

    @Autowired
    ApiTokens tokens;

    @Test
    void thirty_days_after_the_event_the_discussion_is_closed_and_says_so_and_keeps_its_comments() throws Exception {
        // GIVEN an event that ended 31 days ago, with a comment written back then
        Event event = publishedEvent(organizer(), LocalDateTime.now().minusDays(31));
        AccountPrincipal author = account("Frühe Schreiberin", PlatformRole.USER);
        comments.insert(Comment.byUser(event.id(), null, author.userId(), author.displayName(), null, Locale.GERMAN,
                "Danke für den Abend!", false, Admission.PUBLISH, Instant.now().minus(Duration.ofDays(31)),
                Duration.ofMinutes(15)), null, null);

        // WHEN
        Document page = Jsoup.parse(mvc.perform(get("/events/" + event.slug()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        // THEN
        assertThat(page.select("#comments").text()).contains("Die Diskussion wurde 30 Tage nach der Veranstaltung geschlossen.",
                "Danke für den Abend!");
        assertThat(page.select("#commentText")).isEmpty();
        assertThat(page.select("#comments a[href$=/reply]")).isEmpty();

        // AND the form and the API refuse new comments
        mvc.perform(guestComment(event, address(), "Nachzüglerin", guestEmail(), "Noch eine Frage"))
                .andExpect(status().isConflict());
        String token = tokens.issue(author.id(), "test");
        mvc.perform(post("/api/v1/events/" + event.id() + "/comments").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Zu spät\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Die Diskussion ist geschlossen. Es können keine Kommentare mehr geschrieben werden."));
        mvc.perform(get("/api/v1/events/" + event.id() + "/comments"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("CLOSED"))
                .andExpect(jsonPath("$.items[0].text").value("Danke für den Abend!"));
        assertThat(commentsOf(event)).hasSize(1);
    }

    @Test
    void until_then_the_discussion_of_a_past_event_stays_open() throws Exception {
        // GIVEN an event that ended 29 days ago
        Event event = publishedEvent(organizer(), LocalDateTime.now().minusDays(29));

        // WHEN
        Document page = Jsoup.parse(mvc.perform(get("/events/" + event.slug()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        // THEN
        assertThat(page.select("#commentText")).hasSize(1);
        assertThat(page.select("#comments").text()).doesNotContain("geschlossen");
        mvc.perform(guestComment(event, address(), "Rechtzeitig", guestEmail(), "Wann gibt es das Protokoll?"))
                .andExpect(status().isFound());
    }
}
