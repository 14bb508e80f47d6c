package de.offenekommune.notification.web;

import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import de.offenekommune.notification.internal.MailServer;
import de.offenekommune.notification.internal.OutboxMail;
import de.offenekommune.notification.internal.OutboxMails;

/**
 * The developer mailbox: every mail the platform wrote, for administrators, so that flows can be
 * tried without a mail server. It holds people's personal links, so it exists only while no mail
 * server is configured: then it stands in for the mail server; with one, every address here is 404.
 * Mails are deleted after the outbox retention period.
 */
@Controller
class MailboxController {

    private final OutboxMails mails;
    private final MailServer server;

    MailboxController(OutboxMails mails, MailServer server) {
        this.mails = mails;
        this.server = server;
    }

    @GetMapping("/admin/mailbox")
    String list(Model model) {
        requireNoMailServer();
        model.addAttribute("mails", mails.findLatest(200));
        return "notification/mailbox";
    }

    @GetMapping("/admin/mailbox/{id}")
    String show(@PathVariable UUID id, Model model) {
        requireNoMailServer();
        model.addAttribute("message", find(id));
        return "notification/mail";
    }

    /** The HTML body on its own, sandboxed: it is shown as the recipient's mail program would. */
    @GetMapping(path = "/admin/mailbox/{id}/html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable UUID id) {
        requireNoMailServer();
        return ResponseEntity.ok()
                .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'")
                .header(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .body(find(id).html());
    }

    private OutboxMail find(UUID id) {
        return mails.findById(id)
                .filter(mail -> mail.text() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void requireNoMailServer() {
        if (server.configured()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
