package de.offenekommune.comment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.offenekommune.IntegrationTest;
import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.comment.Comment;
import de.offenekommune.comment.CommentIntegrationTest;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.internal.DiscussionSettings;
import de.offenekommune.comment.internal.ModerationLog;
import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.event.Event;

/** The moderation queues: who may act, every action and its log entry, the block list. */
@IntegrationTest
class ModerationWebTests extends CommentIntegrationTest {

    @Autowired
    ModerationLog log;
    @Autowired
    DiscussionSettings settings;

    @Test
    void organizers_choose_the_mode_of_their_event_and_it_is_logged() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        Document queue = page("/manage/events/" + event.id() + "/comments", organizer.principal());
        assertThat(queue.select("input[name=mode][checked]").val()).isEqualTo("OPEN");
        assertThat(queue.text()).contains("Derzeit gilt die Voreinstellung der Plattform.");

        mvc.perform(post("/manage/events/" + event.id() + "/comments/mode").with(formToken(mvc)).with(user(organizer.principal()))
                        .param("mode", "PRE_MODERATED"))
                .andExpect(redirectedUrl("/manage/events/" + event.id() + "/comments"))
                .andExpect(flash().attribute("notice", "comment.moderation.modeChanged"));

        assertThat(settings.chosenMode(event.id())).isEqualTo(ModerationMode.PRE_MODERATED);
        assertThat(log.findLatest(event.id(), 10)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(ModerationLog.Action.MODE_CHANGED);
            assertThat(entry.actorName()).isEqualTo(organizer.principal().displayName());
        });
        assertThat(page("/manage/events/" + event.id() + "/comments", organizer.principal()).select("table").text())
                .contains("Moderationsmodus geändert", "Vorab moderiert");

        mvc.perform(post("/manage/events/" + event.id() + "/comments/mode").with(formToken(mvc)).with(user(organizer.principal()))
                .param("mode", "ANARCHY")).andExpect(flash().attribute("problem", "comment.moderation.modeMissing"));
        assertThat(settings.chosenMode(event.id())).isEqualTo(ModerationMode.PRE_MODERATED);
    }

    @Test
    void the_overview_of_an_event_links_to_its_moderation() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);

        assertThat(page("/manage/events/" + event.id(), organizer.principal())
                .select("a[href=/manage/events/" + event.id() + "/comments]").text()).isEqualTo("Kommentare moderieren");
    }

    @Test
    void rejecting_needs_a_reason_and_every_action_is_logged_with_who_and_why() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        mode(event, ModerationMode.PRE_MODERATED);
        Comment first = waiting(event, "Erster Beitrag");
        Comment second = waiting(event, "Zweiter Beitrag");

        mvc.perform(action(event, first, "reject", organizer.principal()).param("reason", " "))
                .andExpect(flash().attribute("problem", "comment.moderation.reasonRequired"));
        assertThat(stateOf(first)).isEqualTo(CommentStatus.PENDING_REVIEW);

        mvc.perform(action(event, first, "reject", organizer.principal()).param("reason", "Kein Bezug zur Veranstaltung"));
        mvc.perform(action(event, second, "approve", organizer.principal()));
        mvc.perform(action(event, second, "hide", organizer.principal()).param("reason", "Nachträglich beanstandet"));
        mvc.perform(action(event, second, "restore", organizer.principal()));

        assertThat(stateOf(first)).isEqualTo(CommentStatus.REJECTED);
        assertThat(stateOf(second)).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(log.findForComment(second.id())).extracting(ModerationLog.Entry::action).containsExactly(
                ModerationLog.Action.APPROVED, ModerationLog.Action.HIDDEN, ModerationLog.Action.RESTORED);
        assertThat(log.findForComment(first.id())).singleElement().satisfies(entry -> {
            assertThat(entry.reason()).isEqualTo("Kein Bezug zur Veranstaltung");
            assertThat(entry.actorName()).isEqualTo(organizer.principal().displayName());
            assertThat(entry.at()).isNotNull();
        });
        Document queue = page("/manage/events/" + event.id() + "/comments", organizer.principal());
        assertThat(queue.select("table").text()).contains("Abgelehnt", "Kein Bezug zur Veranstaltung", "Freigegeben",
                "Wiederhergestellt");
    }

    @Test
    void a_hidden_comment_leaves_a_placeholder_and_its_replies_stay_readable() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        AccountPrincipal author = account("Karl Kritisch", PlatformRole.USER);
        mvc.perform(userComment(event, author, "Beleidigender Text"));
        Comment top = commentsOf(event).get(0);
        mvc.perform(commentForm(event, address(), java.util.Map.of("commentText", "Sachliche Antwort",
                "commentParent", top.id().toString())).with(user(organizer.principal())));

        mvc.perform(action(event, top, "hide", organizer.principal()).param("reason", "Beleidigung"));

        Document eventPage = Jsoup.parse(mvc.perform(get("/events/" + event.slug())).andReturn().getResponse()
                .getContentAsString());
        assertThat(eventPage.select("#comment-" + top.id()).text())
                .isEqualTo("Dieser Kommentar wurde von der Moderation ausgeblendet.");
        assertThat(eventPage.text()).doesNotContain("Beleidigender Text", "Karl Kritisch", "Beleidigung")
                .contains("Sachliche Antwort");
        assertThat(eventPage.select("#comments-title").text()).isEqualTo("Kommentare (1)");
    }

    @Test
    void organizers_of_other_organizations_and_plain_users_cannot_see_or_change_anything() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        mode(event, ModerationMode.PRE_MODERATED);
        Comment comment = waiting(event, "Wartet brav");
        AccountPrincipal stranger = organizer().principal();
        AccountPrincipal plain = account("Nur Nutzer", PlatformRole.USER);

        for (AccountPrincipal intruder : new AccountPrincipal[] {stranger, plain}) {
            mvc.perform(get("/manage/events/" + event.id() + "/comments").with(user(intruder)))
                    .andExpect(status().isNotFound());
            mvc.perform(action(event, comment, "approve", intruder)).andExpect(status().isNotFound());
            mvc.perform(post("/manage/events/" + event.id() + "/comments/mode").with(formToken(mvc)).with(user(intruder))
                    .param("mode", "OFF")).andExpect(status().isNotFound());
            mvc.perform(get("/moderation").with(user(intruder))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/manage/events/" + event.id() + "/comments")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/moderation")).andExpect(redirectedUrl("/login"));

        assertThat(stateOf(comment)).isEqualTo(CommentStatus.PENDING_REVIEW);
        assertThat(settings.chosenMode(event.id())).isEqualTo(ModerationMode.PRE_MODERATED);
    }

    @Test
    void a_comment_of_another_event_cannot_be_moderated_through_ones_own_event() throws Exception {
        Organizer organizer = organizer();
        Event own = publishedEvent(organizer);
        Event foreign = publishedEvent(organizer());
        mode(foreign, ModerationMode.PRE_MODERATED);
        Comment comment = waiting(foreign, "Fremder Kommentar");

        mvc.perform(action(own, comment, "approve", organizer.principal())).andExpect(status().isNotFound());

        assertThat(stateOf(comment)).isEqualTo(CommentStatus.PENDING_REVIEW);
    }

    @Test
    void platform_moderators_see_the_queue_of_all_events_and_act_on_it() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        mode(event, ModerationMode.PRE_MODERATED);
        Comment comment = waiting(event, "Plattformweit zu prüfen " + suffix());
        AccountPrincipal moderator = account("Mona Moderatorin", PlatformRole.MODERATOR);

        Document queue = page("/moderation", moderator);
        assertThat(queue.select("#q-" + comment.id()).text()).contains(comment.body(), event.details().title());

        mvc.perform(action(event, comment, "approve", moderator).param("from", "platform"))
                .andExpect(redirectedUrl("/moderation"));

        assertThat(stateOf(comment)).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(log.findForComment(comment.id())).singleElement()
                .satisfies(entry -> assertThat(entry.actorName()).isEqualTo("Mona Moderatorin"));
        assertThat(page("/moderation", moderator).select("#q-" + comment.id())).isEmpty();
    }

    @Test
    void a_blocked_guest_cannot_comment_on_the_organizations_events_until_unblocked() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        Event sameOrganization = publishedEvent(organizer);
        Event otherOrganization = publishedEvent(organizer());
        String email = guestEmail();
        mvc.perform(guestComment(event, address(), "Troll", email, "Erster Streich"));
        Comment comment = commentOf(email);
        mvc.perform(post("/comments/confirm/" + confirmToken(onlyMailTo(email))).with(formToken(mvc)));

        mvc.perform(action(event, comment, "block", organizer.principal()).param("reason", "Wiederholt beleidigend"))
                .andExpect(flash().attribute("notice", "comment.moderation.done.block"));

        String body = mvc.perform(guestComment(sameOrganization, address(), "Troll", email.toUpperCase(), "Zweiter Streich"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(body).select("#commentText-error").text()).contains("derzeit keine Kommentare");
        assertThat(commentsOf(sameOrganization)).isEmpty();
        mvc.perform(guestComment(otherOrganization, address(), "Troll", email, "Woanders geht es"))
                .andExpect(status().isFound());

        Document queue = page("/manage/events/" + event.id() + "/comments", organizer.principal());
        assertThat(queue.select("table").text()).contains("Troll", "Wiederholt beleidigend").doesNotContain(email);
        var block = queue.select("form[action$=/blocks/remove]").first();
        mvc.perform(post(block.attr("action")).with(formToken(mvc)).with(user(organizer.principal()))
                .param("scope", block.select("input[name=scope]").val())
                .param("subject", block.select("input[name=subject]").val())).andExpect(status().isFound());

        mvc.perform(guestComment(sameOrganization, address(), "Geläutert", email, "Jetzt sachlich"))
                .andExpect(status().isFound());
    }

    @Test
    void a_platform_moderator_blocks_a_user_everywhere() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        Event elsewhere = publishedEvent(organizer());
        AccountPrincipal spammer = account("Sam Spammer", PlatformRole.USER);
        AccountPrincipal moderator = account("Moritz Moderator", PlatformRole.MODERATOR);
        mvc.perform(userComment(event, spammer, "Werbung"));
        Comment comment = commentsOf(event).get(0);

        mvc.perform(action(event, comment, "block", moderator).param("platformWide", "true").param("from", "platform"))
                .andExpect(redirectedUrl("/moderation"));

        mvc.perform(userComment(elsewhere, spammer, "Noch mehr Werbung")).andExpect(status().isForbidden());
        assertThat(page("/moderation", moderator).select("table").text()).contains("Sam Spammer", "die ganze Plattform");
        assertThat(commentsOf(elsewhere)).isEmpty();
    }

    private MockHttpServletRequestBuilder action(Event event, Comment comment, String action, AccountPrincipal user)
            throws Exception {
        return post("/manage/events/" + event.id() + "/comments/" + comment.id() + "/" + action).with(formToken(mvc))
                .with(user(user));
    }

    private Comment waiting(Event event, String text) throws Exception {
        String email = guestEmail();
        mvc.perform(guestComment(event, address(), "Wartende " + suffix().substring(0, 4), email, text));
        mvc.perform(post("/comments/confirm/" + confirmToken(onlyMailTo(email))).with(formToken(mvc)));
        Comment comment = commentOf(email);
        assertThat(comment.status()).isEqualTo(CommentStatus.PENDING_REVIEW);
        return comment;
    }

    private CommentStatus stateOf(Comment comment) {
        return comments.findById(comment.id()).orElseThrow().status();
    }

    private Document page(String path, AccountPrincipal user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
