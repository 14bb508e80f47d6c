package de.offenekommune.account.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.offenekommune.account.Organization;
import de.offenekommune.account.Organizations;
import de.offenekommune.account.mail.InvitationMail;
import de.offenekommune.notification.Mail;
import de.offenekommune.notification.Outbox;
import de.offenekommune.platform.SiteProperties;

/**
 * The invitation mail, queued in the outbox inside the transaction that creates or renews the
 * invitation, in the language the administrator chose for the invited person.
 */
@Component
class InvitationMails {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final Outbox outbox;
    private final Organizations organizations;
    private final SiteProperties site;

    InvitationMails(Outbox outbox, Organizations organizations, SiteProperties site) {
        this.outbox = outbox;
        this.organizations = organizations;
        this.site = site;
    }

    void invite(Invitation invitation, String token, String inviter) {
        List<String> names = organizations.findAllById(invitation.organizations()).stream()
                .map(Organization::name)
                .sorted()
                .toList();
        String validUntil = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(invitation.locale())
                .withZone(ZONE)
                .format(invitation.expiresAt());
        outbox.enqueue(new Mail(invitation.email(), invitation.locale(), new InvitationMail(invitation.displayName(),
                inviter, "admin.role." + invitation.role().name(), names,
                site.absolute("/invitations/" + token + "?lang=" + invitation.locale().getLanguage()), validUntil),
                null, null).about(reference(invitation.id())));
    }

    /** Erases the invitation's mails from the outbox: their link is a credential. */
    void forget(UUID invitation) {
        outbox.forget(List.of(reference(invitation)));
    }

    private static String reference(UUID invitation) {
        return "invitation:" + invitation;
    }
}
