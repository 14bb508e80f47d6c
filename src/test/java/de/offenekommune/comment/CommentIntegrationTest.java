package de.offenekommune.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.account.OrganizationKind;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.comment.internal.CommentKeys;
import de.offenekommune.comment.internal.Comments;
import de.offenekommune.comment.internal.DiscussionSettings;
import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.event.AttendanceMode;
import de.offenekommune.event.Contact;
import de.offenekommune.event.Cost;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventManagement;
import de.offenekommune.event.EventType;
import de.offenekommune.event.Municipality;
import de.offenekommune.event.RegistrationSettings;
import de.offenekommune.event.Schedule;
import de.offenekommune.event.Venue;
import de.offenekommune.TestMail;
import de.offenekommune.notification.internal.OutboxMail;
import de.offenekommune.notification.internal.OutboxMails;

/**
 * What the discussion's full-stack tests share: organizers with published events, users of each
 * role, comment forms as a browser would send them (from a network address of their own, so that
 * rate limits of one test never touch another) and the mails people received.
 */
public abstract class CommentIntegrationTest {

    private static final Pattern CONFIRM_LINK = Pattern.compile("/comments/confirm/([A-Za-z0-9_-]{43})");
    private static final Pattern MANAGE_LINK = Pattern.compile("/comments/manage/([A-Za-z0-9_-]{43})");

    /** An organization with one organizer. */
    public record Organizer(OrganizationId organization, String organizationName, AccountPrincipal principal,
            String email) {
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected TestFixtures fixtures;
    @Autowired
    protected EventManagement eventManagement;
    @Autowired
    protected Comments comments;
    @Autowired
    protected OutboxMails outboxMails;
    @Autowired
    protected TestMail testMail;
    @Autowired
    protected FormStamps stamps;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    private DiscussionSettings settings;
    @Autowired
    private CommentKeys keys;

    protected Organizer organizer() {
        Organization organization = fixtures.organizationNamed("Gemeinde Test " + suffix(), OrganizationKind.MUNICIPALITY,
                null);
        TestUser user = fixtures.user(PlatformRole.USER, "Orga " + suffix(), organization);
        return new Organizer(organization.id(), organization.name(), user.principal(), user.email());
    }

    protected AccountPrincipal account(String displayName, PlatformRole role) {
        return fixtures.user(role, displayName).principal();
    }

    protected Event publishedEvent(Organizer organizer) {
        return publishedEvent(organizer, LocalDateTime.now().plusDays(30).truncatedTo(ChronoUnit.HOURS));
    }

    protected Event publishedEvent(Organizer organizer, LocalDateTime start) {
        EventDetails details = new EventDetails(EventType.ONLINE_DIALOGUE, "Bürgerdialog " + suffix(),
                "Wir sprechen über den Haushalt.", null,
                Schedule.timed(start, start.plusHours(2), ZoneId.of("Europe/Berlin")), AttendanceMode.ONLINE,
                "https://meet.example.org/dialog", Venue.NONE, Municipality.NONE, null, List.of(), Cost.FREE,
                RegistrationSettings.NONE, Set.of(), null, Set.of(), Set.of(), null,
                new Contact("Petra Pressestelle", null, null));
        return fixtures.published(organizer.principal(), organizer.organization(), details);
    }

    protected void mode(Event event, ModerationMode mode) {
        settings.choose(event.id(), mode, null);
    }

    /** A comment form as a person's browser sends it, a minute after the page was shown. */
    protected MockHttpServletRequestBuilder commentForm(Event event, String address, Map<String, String> fields)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/events/" + event.slug() + "/comments")
                .with(formToken(mvc))
                .with(from(address))
                .param("commentStamp", stamps.issue(event.id(), Instant.now().minusSeconds(60)));
        fields.forEach(request::param);
        return request;
    }

    protected MockHttpServletRequestBuilder guestComment(Event event, String address, String name, String email,
            String text) throws Exception {
        return commentForm(event, address, Map.of("commentName", name, "commentEmail", email, "commentText", text));
    }

    protected MockHttpServletRequestBuilder userComment(Event event, AccountPrincipal author, String text)
            throws Exception {
        return commentForm(event, address(), Map.of("commentText", text)).with(user(author));
    }

    protected static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A network address no other test uses. */
    protected static String address() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        return "2001:db8:" + hex.substring(0, 4) + ":" + hex.substring(4, 8) + ":" + hex.substring(8) + "::1";
    }

    protected static String guestEmail() {
        return "gast-" + UUID.randomUUID() + "@example.org";
    }

    protected static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Every mail {@code recipient} got, once nothing for them waits in the outbox. */
    protected List<OutboxMail> mailsTo(String recipient) {
        return testMail.delivered(recipient);
    }

    protected OutboxMail onlyMailTo(String recipient) {
        List<OutboxMail> mails = mailsTo(recipient);
        assertThat(mails).as("mails to %s", recipient).hasSize(1);
        return mails.get(0);
    }

    protected static String confirmToken(OutboxMail mail) {
        return group(CONFIRM_LINK, mail.text());
    }

    protected static String manageToken(OutboxMail mail) {
        return group(MANAGE_LINK, mail.text());
    }

    /** The guest's comment (the only one with this email), as stored. */
    protected Comment commentOf(String email) {
        String id = jdbc.sql("select id::text from event_comment where guest_email_hash = :hash")
                .param("hash", keys.emailHash(email))
                .query(String.class)
                .list()
                .stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("no comment by " + email));
        return comments.findById(new CommentId(UUID.fromString(id))).orElseThrow();
    }

    protected List<Comment> commentsOf(Event event) {
        return jdbc.sql("select id from event_comment where event_id = :event order by created_at")
                .param("event", event.id().value())
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> comments.findById(new CommentId(id)).orElseThrow())
                .toList();
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("link %s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
