package de.offenekommune.comment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

import de.offenekommune.IntegrationTest;
import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.comment.Comment;
import de.offenekommune.comment.CommentIntegrationTest;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.internal.ReviewReason;
import de.offenekommune.event.Event;

/** Spam defence without third parties: honeypot, fill time, rate limits, links, duplicates, review words. */
@IntegrationTest
class SpamDefenceTests extends CommentIntegrationTest {

    @Test
    void a_form_with_the_honeypot_filled_in_is_not_stored_but_comes_back_to_be_sent_again() throws Exception {
        Event event = publishedEvent(organizer());
        String email = guestEmail();

        Document page = refused(mvc.perform(commentForm(event, address(), Map.of("commentName", "Bot", "commentEmail", email,
                "commentText", "Buy now", "website", "https://spam.example"))), 422);

        assertThat(page.select("#send-again").text()).contains("Bitte prüfen Sie Ihre Angaben und senden Sie das Formular erneut.");
        assertThat(page.select("#commentText").text()).isEqualTo("Buy now");
        assertThat(page.select("input[name=website]").val()).isEmpty();
        assertThat(commentsOf(event)).isEmpty();
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void an_empty_form_sent_at_once_gets_the_field_errors_not_a_word_about_speed() throws Exception {
        Event event = publishedEvent(organizer());

        Document page = refused(mvc.perform(post("/events/" + event.slug() + "/comments").with(formToken(mvc))
                .with(from(address())).param("commentStamp", stamps.issue(event.id()))
                .param("commentName", "").param("commentEmail", "").param("commentText", "")), 422);

        assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#commentName", "#commentEmail",
                "#commentText");
        assertThat(page.select("#send-again")).isEmpty();
        assertThat(page.text()).doesNotContain("schnell");
        assertThat(page.title()).startsWith("Fehler: ");
        assertThat(commentsOf(event)).isEmpty();
    }

    @Test
    void a_valid_form_sent_faster_than_a_person_writes_gets_a_second_chance_with_the_input_kept() throws Exception {
        // GIVEN a form filled in by autofill and paste, sent a second after the page was shown
        Event event = publishedEvent(organizer());
        String email = guestEmail();
        String stamp = stamps.issue(event.id());

        // WHEN
        Document page = refused(mvc.perform(post("/events/" + event.slug() + "/comments").with(formToken(mvc))
                .with(from(address())).param("commentStamp", stamp)
                .param("commentName", "Schnell").param("commentEmail", email).param("commentText", "Zack, eingefügt")), 422);

        // THEN nothing is stored, and the form comes back filled in, with a fresh stamp and a calm word
        assertThat(commentsOf(event)).isEmpty();
        assertThat(page.select("#send-again").attr("role")).isEqualTo("status");
        assertThat(page.select("#send-again").hasAttr("autofocus")).isTrue();
        assertThat(page.select("#send-again").text()).isEqualTo(
                "Ihr Kommentar ist noch nicht gesendet. Bitte prüfen Sie Ihre Angaben und senden Sie das Formular erneut.");
        assertThat(page.select("#error-summary")).isEmpty();
        assertThat(page.select("#commentName").val()).isEqualTo("Schnell");
        assertThat(page.select("#commentEmail").val()).isEqualTo(email);
        assertThat(page.select("#commentText").text()).isEqualTo("Zack, eingefügt");
        assertThat(page.select("input[name=commentStamp]").val()).isNotEqualTo(stamp).isNotBlank();

        // AND sent again after reading, it is taken
        mvc.perform(guestComment(event, address(), "Schnell", email, "Zack, eingefügt")).andExpect(status().isFound());
        assertThat(commentsOf(event)).hasSize(1);
    }

    @Test
    void forms_without_a_genuine_stamp_are_never_stored_but_come_back_to_be_sent_again() throws Exception {
        Event event = publishedEvent(organizer());
        Event other = publishedEvent(organizer());

        for (String stamp : new String[] {"", "abc.123", stamps.issue(other.id(), Instant.now().minusSeconds(60))}) {
            Document page = refused(mvc.perform(post("/events/" + event.slug() + "/comments").with(formToken(mvc))
                    .with(from(address())).param("commentStamp", stamp).param("commentName", "Fälscher")
                    .param("commentEmail", guestEmail()).param("commentText", "Gefälscht")), 422);
            assertThat(page.select("#send-again")).as("stamp %s", stamp).hasSize(1);
        }
        assertThat(commentsOf(event)).isEmpty();
    }

    @Test
    void a_form_left_open_too_long_is_shown_again_with_the_input_kept_and_a_fresh_stamp() throws Exception {
        Event event = publishedEvent(organizer());
        String old = stamps.issue(event.id(), Instant.now().minus(Duration.ofDays(2)));

        Document page = refused(mvc.perform(post("/events/" + event.slug() + "/comments").with(formToken(mvc)).with(from(address()))
                .param("commentStamp", old).param("commentName", "Geduldig").param("commentEmail", guestEmail())
                .param("commentText", "Lange überlegt")), 422);

        assertThat(page.select("#send-again").text()).contains("sehr lange geöffnet");
        assertThat(page.select("#commentText").text()).isEqualTo("Lange überlegt");
        assertThat(page.select("#commentName").val()).isEqualTo("Geduldig");
        assertThat(page.select("input[name=commentStamp]").val()).isNotEqualTo(old).isNotBlank();
        assertThat(commentsOf(event)).isEmpty();
    }

    @Test
    void one_address_flooding_the_form_is_stopped_with_a_clear_answer_and_the_input_kept() throws Exception {
        Event event = publishedEvent(organizer());
        String address = address();
        for (int i = 0; i < 20; i++) {
            mvc.perform(commentForm(event, address, Map.of("commentName", "Flut", "commentEmail", "", "commentText", "")))
                    .andExpect(status().isUnprocessableContent());
        }

        Document page = refused(mvc.perform(guestComment(event, address, "Flut", guestEmail(), "Jetzt aber richtig")), 429);

        assertThat(page.select("#commentText-error").text()).contains("sehr viele Kommentare");
        assertThat(page.select("#commentText").text()).isEqualTo("Jetzt aber richtig");
        assertThat(commentsOf(event)).isEmpty();
        mvc.perform(guestComment(event, address(), "Andere", guestEmail(), "Von woanders geht es"))
                .andExpect(status().isFound());
    }

    @Test
    void one_email_writing_too_often_is_stopped_whatever_its_spelling_or_address() throws Exception {
        Event event = publishedEvent(organizer());
        String email = guestEmail();
        for (int i = 1; i <= 6; i++) {
            mvc.perform(guestComment(event, address(), "Vielschreiber", i % 2 == 0 ? email.toUpperCase() : email,
                    "Gedanke Nummer " + i)).andExpect(status().isFound());
        }

        refused(mvc.perform(guestComment(event, address(), "Vielschreiber", " " + email + " ", "Gedanke Nummer 7")), 429);

        assertThat(commentsOf(event)).hasSize(6);
    }

    @Test
    void too_many_links_are_refused() throws Exception {
        Event event = publishedEvent(organizer());

        Document page = refused(mvc.perform(guestComment(event, address(), "Linker", guestEmail(),
                "www.a.de http://b.de https://c.de https://d.de")), 422);

        assertThat(page.select("#commentText-error").text()).isEqualTo("Bitte verwenden Sie höchstens 3 Web-Adressen in einem Kommentar.");
        assertThat(commentsOf(event)).isEmpty();
    }

    @Test
    void the_same_text_by_the_same_author_is_refused_as_a_duplicate() throws Exception {
        Event event = publishedEvent(organizer());
        String email = guestEmail();
        mvc.perform(guestComment(event, address(), "Doppelt", email, "Gute Idee!")).andExpect(status().isFound());

        Document page = refused(mvc.perform(guestComment(event, address(), "Doppelt", email, "gute   idee")), 422);

        assertThat(page.select("#commentText-error").text()).isEqualTo("Diesen Kommentar gibt es hier schon.");
        assertThat(commentsOf(event)).hasSize(1);
    }

    @Test
    void short_common_phrases_by_different_people_are_fine() throws Exception {
        Event event = publishedEvent(organizer());

        mvc.perform(guestComment(event, address(), "Eins", guestEmail(), "Danke!")).andExpect(status().isFound());
        mvc.perform(guestComment(event, address(), "Zwei", guestEmail(), "Danke!")).andExpect(status().isFound());

        assertThat(commentsOf(event)).hasSize(2);
    }

    @Test
    void a_longer_text_posted_again_anywhere_within_a_day_is_refused_as_cross_posting() throws Exception {
        Event first = publishedEvent(organizer());
        Event second = publishedEvent(organizer());
        String text = "Besuchen Sie unseren großartigen Laden für alles, was Sie nie gebraucht haben " + suffix();
        mvc.perform(guestComment(first, address(), "Händler", guestEmail(), text)).andExpect(status().isFound());

        refused(mvc.perform(guestComment(second, address(), "Anderer Händler", guestEmail(), text.toUpperCase())), 422);

        assertThat(commentsOf(second)).isEmpty();
    }

    @Test
    void a_word_of_the_review_list_sends_a_comment_to_the_queue_and_tells_the_organizers() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        AccountPrincipal author = account("Hans Hagen", PlatformRole.USER);

        mvc.perform(userComment(event, author, "Mein Tipp: Kredit ohne Schufa!"))
                .andExpect(status().isFound())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/events/" + event.slug() + "/comments/awaiting"));

        Comment comment = commentsOf(event).get(0);
        assertThat(comment.status()).isEqualTo(CommentStatus.PENDING_REVIEW);
        assertThat(comment.reviewReason()).isEqualTo(ReviewReason.WORD_LIST);
        assertThat(onlyMailTo(organizer.email()).text()).contains("Enthält ein Wort der Prüfliste");
    }

    private static Document refused(ResultActions result, int status) throws Exception {
        return Jsoup.parse(result.andExpect(status().is(status)).andReturn().getResponse().getContentAsString());
    }
}
