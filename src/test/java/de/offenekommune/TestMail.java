package de.offenekommune;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import de.offenekommune.notification.internal.OutboxMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The test mail server: one GreenMail per test JVM on the port the build reserved, shared by all
 * application contexts. Tests look only at mails to their own, unique recipients.
 */
@TestComponent
public class TestMail {

    private static final int PORT = Integer.getInteger("greenmail.port", 3025);
    private static final Duration DELIVERY = Duration.ofSeconds(30);
    /** How often a wait looks at the outbox after its first look at once: a count, while the sender polls every 200 ms. */
    private static final Duration POLL = Duration.ofMillis(25);
    private static final Pattern OUTBOX_ID = Pattern.compile("<([0-9a-f-]{36})@");
    private static GreenMail server = start();

    private final JdbcClient jdbc;

    TestMail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static synchronized GreenMail start() {
        GreenMail greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    /** The port the test mail server listens on, e.g. for a second application process. */
    public static int port() {
        return PORT;
    }

    /** Mails received for {@code recipient}, oldest first. */
    public List<MimeMessage> to(String recipient) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> isFor(message, recipient))
                .toList();
    }

    /**
     * Every mail {@code recipient} got, oldest first, once nothing queued for them waits in the outbox any
     * more: the delivered message read as the outbox described it (template, subject, bodies, attachment).
     * The outbox itself keeps only tracking data of a sent mail, so this is where tests read mails.
     */
    public List<OutboxMail> delivered(String recipient) {
        await().atMost(DELIVERY).pollDelay(Duration.ZERO).pollInterval(POLL).until(() -> waiting(recipient) == 0);
        return to(recipient).stream().map(this::read).toList();
    }

    /** {@link #delivered(String)} for many recipients at once, in no particular order. */
    public List<OutboxMail> delivered(Collection<String> recipients) {
        Set<String> wanted = recipients.stream().map(r -> r.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        await().atMost(DELIVERY).pollDelay(Duration.ZERO).pollInterval(POLL).until(() -> jdbc.sql("""
                        select count(*)
                          from outbox_mail
                         where lower(recipient) = any(:recipients)
                           and status = 'PENDING'
                        """)
                .param("recipients", wanted.toArray(String[]::new))
                .query(Long.class)
                .single() == 0);
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> recipients(message).stream().anyMatch(wanted::contains))
                .map(this::read)
                .toList();
    }

    /** Mails to {@code recipient} that wait in the outbox (queued, not yet taken by a mail server). */
    public long waiting(String recipient) {
        return jdbc.sql("""
                        select count(*)
                          from outbox_mail
                         where lower(recipient) = lower(:recipient)
                           and status = 'PENDING'
                        """)
                .param("recipient", recipient)
                .query(Long.class)
                .single();
    }

    /** The outbox row a delivered message was sent from, by its Message-ID. */
    public static Optional<UUID> outboxId(MimeMessage message) {
        try {
            Matcher matcher = OUTBOX_ID.matcher(String.valueOf(message.getMessageID()));
            return matcher.find() ? Optional.of(UUID.fromString(matcher.group(1))) : Optional.empty();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Simulates a mail server outage until {@link #up()}. */
    public synchronized void down() {
        server.stop();
    }

    public synchronized void up() {
        if (!server.isRunning()) {
            server = start();
        }
    }

    private OutboxMail read(MimeMessage message) {
        UUID id = outboxId(message).orElseThrow(() -> new AssertionError("Not sent from the outbox"));
        String template = jdbc.sql("select template from outbox_mail where id = :id")
                .param("id", id).query(String.class).optional().orElse(null);
        try {
            BodyPart attachment = part(message, true, null);
            String recipient = message.getRecipients(Message.RecipientType.TO)[0].toString();
            return new OutboxMail(id, template, recipient, message.getSubject(), body(message, "text/plain"),
                    body(message, "text/html"), attachment == null ? null : attachment.getFileName(),
                    attachment == null ? null : attachment.getContentType(),
                    attachment == null ? null : attachment.getInputStream().readAllBytes(), "SENT", 1,
                    Instant.now(), Instant.now(), null, null);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(Part message, String type) throws MessagingException, IOException {
        BodyPart part = part(message, false, type);
        // SMTP carries lines ending in CRLF; tests read them as the text was written.
        return part == null ? null : ((String) part.getContent()).replace("\r\n", "\n");
    }

    /** The first body part of {@code type} that is not an attachment, or the first attachment. */
    private static BodyPart part(Part part, boolean attachment, String type) throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                boolean isAttachment = Part.ATTACHMENT.equalsIgnoreCase(body.getDisposition());
                if (!(body.getContent() instanceof Multipart)
                        && (attachment ? isAttachment : !isAttachment && body.isMimeType(type))) {
                    return body;
                }
                BodyPart nested = part(body, attachment, type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        return recipients(message).contains(recipient.toLowerCase(Locale.ROOT));
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(address -> address.toString().toLowerCase(Locale.ROOT))
                    .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
