package de.offenekommune;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.test.context.TestComponent;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The test mail server: one GreenMail per test JVM on the port the build reserved, shared by all
 * application contexts. Tests look only at mails to their own, unique recipients.
 */
@TestComponent
public class TestMail {

    private static final int PORT = Integer.getInteger("greenmail.port", 3025);
    private static GreenMail server = start();

    private static synchronized GreenMail start() {
        GreenMail greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    /** Mails received for {@code recipient}, oldest first. */
    public List<MimeMessage> to(String recipient) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> isFor(message, recipient))
                .toList();
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

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
