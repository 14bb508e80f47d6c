package de.offenekommune.comment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

import de.offenekommune.IntegrationTest;
import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.comment.Comment;
import de.offenekommune.comment.CommentIntegrationTest;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.event.Event;
import de.offenekommune.notification.internal.OutboxMail;

/**
 * The attacks of the issue, each answered safely, asserted on what is rendered: the event page, the
 * discussion page, the moderation views, the mails and the JSON.
 */
@IntegrationTest
class CommentSecurityTests extends CommentIntegrationTest {

    private static final String EVIL_NAME = "<svg onload=alert(1)>";
    private static final String EVIL_TEXT = "<img src=x onerror=alert(2)><script>alert(3)</script>\"><svg/onload=alert(4)>"
            + " <a href=\"javascript:alert(5)\">klick</a> [mehr](javascript:alert(6)) javascript:alert(7)";

    @Test
    void markup_in_name_and_text_is_shown_as_text_on_every_page_in_every_mail_and_in_json() throws Exception {
        // GIVEN a hostile guest comment, confirmed, on a pre-moderated event (so that it passes the queue)
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        mode(event, ModerationMode.PRE_MODERATED);
        String email = guestEmail();
        mvc.perform(guestComment(event, address(), EVIL_NAME, email, EVIL_TEXT)).andExpect(status().isFound());
        OutboxMail confirmation = onlyMailTo(email);
        mvc.perform(post("/comments/confirm/" + confirmToken(confirmation)).with(formToken(mvc)));
        Comment comment = commentOf(email);
        assertThat(comment.authorName()).isEqualTo(EVIL_NAME);

        // THEN the moderation views show it as text
        assertInert(page("/manage/events/" + event.id() + "/comments", organizer.principal()).select("#q-" + comment.id()).first());
        AccountPrincipal moderator = account("Mod Eratorin", PlatformRole.MODERATOR);
        assertInert(page("/moderation", moderator).select("#q-" + comment.id()).first());

        // AND the mails, in HTML escaped and never with markup
        for (OutboxMail mail : new OutboxMail[] {confirmation, onlyMailTo(organizer.email())}) {
            Document html = Jsoup.parse(mail.html());
            assertThat(html.select("svg, img, script, a[href^=javascript]")).as(mail.template()).isEmpty();
            assertThat(html.text()).contains("<img src=x onerror=alert(2)>");
            assertThat(mail.subject()).doesNotContain("<");
        }

        // WHEN approved THEN the event page and the discussion page show it as text
        mvc.perform(post("/manage/events/" + event.id() + "/comments/" + comment.id() + "/approve").with(formToken(mvc))
                .with(user(organizer.principal())));
        assertInert(page("/events/" + event.slug(), null).select("#comment-" + comment.id()).first());
        assertInert(page("/events/" + event.slug() + "/comments", null).select("#comment-" + comment.id()).first());
        assertInert(page("/comments/" + comment.id() + "/report", null).select(".ok-comment").first());

        // AND the JSON carries the text as data and the HTML escaped, and no email
        String json = mvc.perform(get("/api/v1/events/" + event.id() + "/comments")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.items[0].author.name")).isEqualTo(EVIL_NAME);
        assertThat(JsonPath.<String>read(json, "$.items[0].text")).isEqualTo(EVIL_TEXT);
        String html = JsonPath.read(json, "$.items[0].html");
        assertThat(Jsoup.parseBodyFragment(html).select("svg, img, script, a")).isEmpty();
        assertThat(json).doesNotContain(email).doesNotContain("@example.org");
    }

    @Test
    void javascript_addresses_never_become_links_while_web_addresses_do() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        mvc.perform(userComment(event, organizer.principal(), "javascript:alert(1) und JAVASCRIPT://x und https://www.wuppertal.de"));

        Element comment = page("/events/" + event.slug(), null).select(".ok-comment").first();

        assertThat(comment.select("a[href^=javascript], a[href^=JAVASCRIPT]")).isEmpty();
        assertThat(comment.select(".ok-comment__body a")).singleElement().satisfies(link -> {
            assertThat(link.attr("href")).isEqualTo("https://www.wuppertal.de");
            assertThat(link.attr("rel")).isEqualTo("nofollow ugc noopener noreferrer");
        });
        assertThat(comment.text()).contains("javascript:alert(1)");
    }

    @Test
    void a_100_kb_comment_is_refused_with_a_field_message_and_nothing_stored() throws Exception {
        Event event = publishedEvent(organizer());
        String huge = "Sehr lang. ".repeat(10_000);

        String body = mvc.perform(guestComment(event, address(), "Vielschreiberin", guestEmail(), huge))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(body);
        assertThat(page.select("#commentText-error").text()).isEqualTo("Bitte geben Sie höchstens 5.000 Zeichen ein.");
        assertThat(page.select("#commentText").text()).hasSize(huge.strip().length());
        assertThat(commentsOf(event)).isEmpty();
    }

    @Test
    void direction_overrides_and_invisible_characters_are_removed_and_cannot_fake_a_name() throws Exception {
        Event event = publishedEvent(organizer());
        String email = guestEmail();

        mvc.perform(guestComment(event, address(), "Ann\u200Ba \u202Eevil\u202C", email, "Text\u2067 mit\u200D Tricks"))
                .andExpect(status().isFound());
        Comment stored = commentOf(email);
        assertThat(stored.authorName()).isEqualTo("Anna evil");
        assertThat(stored.body()).isEqualTo("Text mit Tricks");

        for (String impostor : new String[] {"Mod\u200Beration", "M\u043Ederation", "Modera\u00ADtion"}) {
            String body = mvc.perform(guestComment(event, address(), impostor, guestEmail(), "Ich bin die Moderation " + impostor))
                    .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(body).select("#commentName-error").text()).as(impostor).contains("vorbehalten");
        }
        String body = mvc.perform(guestComment(event, address(), "\u200B\u200C\u2060", guestEmail(), "Unsichtbar"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(body).select("#commentName-error").text()).isEqualTo("Bitte füllen Sie dieses Feld aus.");
        String organizerName = page("/events/" + event.slug(), null).select("dl.ok-facts dd").eachText().stream()
                .filter(text -> text.startsWith("Gemeinde Test")).findFirst().orElseThrow();
        mvc.perform(guestComment(event, address(), organizerName, guestEmail(), "Offizielle Mitteilung"))
                .andExpect(status().isUnprocessableContent());
        // a right-to-left override would show "noitaredoM" as "Moderation"; without it, it shows as typed
        String reversed = guestEmail();
        mvc.perform(guestComment(event, address(), "\u202EnoitaredoM\u202C", reversed, "Rückwärts"))
                .andExpect(status().isFound());
        assertThat(commentOf(reversed).authorName()).isEqualTo("noitaredoM");
        assertThat(commentsOf(event)).hasSize(2);
    }

    @Test
    void requests_without_the_csrf_token_change_nothing() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        mode(event, ModerationMode.PRE_MODERATED);
        AccountPrincipal author = account("Lena", PlatformRole.USER);
        mvc.perform(userComment(event, author, "Wartet"));
        Comment comment = commentsOf(event).get(0);

        mvc.perform(post("/events/" + event.slug() + "/comments").with(from(address()))
                        .param("commentStamp", stamps.issue(event.id(), java.time.Instant.now().minusSeconds(60)))
                        .param("commentName", "Fremdseite").param("commentEmail", guestEmail()).param("commentText", "Untergeschoben"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/manage/events/" + event.id() + "/comments/" + comment.id() + "/approve")
                .with(user(organizer.principal()))).andExpect(status().isForbidden());
        mvc.perform(post("/comments/" + comment.id() + "/delete").with(user(author))).andExpect(status().isForbidden());
        mvc.perform(post("/comments/" + comment.id() + "/report").param("reason", "SPAM")).andExpect(status().isForbidden());

        assertThat(commentsOf(event)).singleElement()
                .satisfies(only -> assertThat(only.status()).isEqualTo(CommentStatus.PENDING_REVIEW));
    }

    @Test
    void replies_to_hidden_or_foreign_comments_are_refused_and_nothing_is_stored() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        Event foreignEvent = publishedEvent(organizer());
        AccountPrincipal author = account("Mia", PlatformRole.USER);
        mvc.perform(userComment(event, author, "Wird ausgeblendet"));
        mvc.perform(userComment(foreignEvent, author, "Anderswo"));
        Comment hidden = commentsOf(event).get(0);
        Comment foreign = commentsOf(foreignEvent).get(0);
        mvc.perform(post("/manage/events/" + event.id() + "/comments/" + hidden.id() + "/hide").with(formToken(mvc))
                .with(user(organizer.principal())).param("reason", "Regelverstoß"));

        for (Comment parent : new Comment[] {hidden, foreign}) {
            String body = mvc.perform(commentForm(event, address(), Map.of("commentName", "Nele",
                            "commentEmail", guestEmail(), "commentText", "Meine Antwort", "commentParent", parent.id().toString())))
                    .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(body).select("#commentText-error").text()).contains("kann nicht (mehr) geantwortet werden");
        }
        mvc.perform(get("/comments/" + hidden.id() + "/reply")).andExpect(status().isNotFound());
        assertThat(commentsOf(event)).hasSize(1);
        assertThat(commentsOf(foreignEvent)).hasSize(1);
    }

    @Test
    void nobody_edits_or_deletes_someone_elses_comment_by_its_id() throws Exception {
        Event event = publishedEvent(organizer());
        AccountPrincipal owner = account("Olga", PlatformRole.USER);
        AccountPrincipal other = account("Otto", PlatformRole.USER);
        mvc.perform(userComment(event, owner, "Mein Text bleibt meiner"));
        Comment comment = commentsOf(event).get(0);

        mvc.perform(get("/comments/" + comment.id() + "/edit").with(user(other))).andExpect(status().isNotFound());
        mvc.perform(post("/comments/" + comment.id() + "/edit").with(formToken(mvc)).with(user(other))
                .param("commentText", "Gekapert")).andExpect(status().isNotFound());
        mvc.perform(post("/comments/" + comment.id() + "/delete").with(formToken(mvc)).with(user(other)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/comments/" + comment.id() + "/edit").with(formToken(mvc)).param("commentText", "Anonym gekapert"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/comments/manage/" + "A".repeat(43) + "/delete").with(formToken(mvc))).andExpect(status().isNotFound());
        mvc.perform(post("/comments/manage/" + comment.id() + "/edit").with(formToken(mvc)).param("commentText", "Per Id"))
                .andExpect(status().isNotFound());

        Comment unchanged = comments.findById(comment.id()).orElseThrow();
        assertThat(unchanged.body()).isEqualTo("Mein Text bleibt meiner");
        assertThat(unchanged.status()).isEqualTo(CommentStatus.PUBLISHED);
    }

    @Test
    void no_page_ever_shows_a_guest_email() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        String email = guestEmail();
        mvc.perform(commentForm(event, address(), Map.of("commentName", "Paula", "commentEmail", email,
                "commentText", "Bitte benachrichtigen", "commentNotify", "true")));
        String manage = manageToken(onlyMailTo(email));
        mvc.perform(post("/comments/confirm/" + confirmToken(onlyMailTo(email))).with(formToken(mvc)));

        for (String path : new String[] {"/events/" + event.slug(), "/events/" + event.slug() + "/comments",
                "/comments/manage/" + manage}) {
            assertThat(page(path, null).html()).as(path).doesNotContain(email);
        }
        assertThat(page("/manage/events/" + event.id() + "/comments", organizer.principal()).html()).doesNotContain(email);
    }

    private static void assertInert(Element comment) {
        assertThat(comment).isNotNull();
        assertThat(comment.select("svg, img, script, iframe, a[href^=javascript]")).isEmpty();
        assertThat(comment.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(attribute -> attribute.getKey().startsWith("on")));
        assertThat(comment.text()).contains("<img src=x onerror=alert(2)>", "<script>alert(3)</script>");
        assertThat(comment.html()).contains("&lt;img src=x onerror=alert(2)&gt;");
    }

    private Document page(String path, AccountPrincipal viewer) throws Exception {
        var request = get(path);
        if (viewer != null) {
            request.with(user(viewer));
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
