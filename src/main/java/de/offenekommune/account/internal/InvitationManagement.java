package de.offenekommune.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.account.Organizations;
import de.offenekommune.account.UserAccount;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.account.UserId;
import de.offenekommune.account.internal.InvitationLinkException.Reason;
import de.offenekommune.platform.GuestEmails;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.SecretTokens;
import de.offenekommune.platform.Violations;

/**
 * Administrators invite people by mail; the invited set their own password through a single-use link
 * that expires, and become organizers of the chosen organizations. No password is ever handed over
 * outside the system. Logs carry ids, never addresses.
 */
@Service
public class InvitationManagement {

    private static final Logger log = LoggerFactory.getLogger(InvitationManagement.class);
    private final Invitations invitations;
    private final InvitationMails mails;
    private final UserAccounts accounts;
    private final Organizations organizations;
    private final PasswordEncoder passwordEncoder;
    private final InvitationProperties properties;
    private final Clock clock;

    InvitationManagement(Invitations invitations, InvitationMails mails, UserAccounts accounts,
            Organizations organizations, PasswordEncoder passwordEncoder, InvitationProperties properties, Clock clock) {
        this.invitations = invitations;
        this.mails = mails;
        this.accounts = accounts;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
    }

    /** @throws InvalidInputException with every problem of the input at once */
    @Transactional
    public Invitation invite(AccountPrincipal admin, InvitationRequest request) {
        Violations violations = new Violations();
        String email = InputText.singleLine(request.email());
        if (email == null || !GuestEmails.isAddress(email)) {
            violations.add("email", "Email");
        } else if (accounts.findByEmail(email).isPresent()) {
            violations.add("email", "admin.users.emailTaken");
        } else if (invitations.findByEmail(email).isPresent()) {
            violations.add("email", "admin.invitations.alreadyInvited");
        }
        String displayName = InputText.singleLine(request.displayName());
        violations.requireText("displayName", displayName, 100);
        if (request.role() == null) {
            violations.add("role", "NotNull");
        }
        List<OrganizationId> chosen = request.organizations().stream().distinct().toList();
        if (organizations.findAllById(chosen).size() != chosen.size()) {
            violations.add("organizations", "event.unknownChoice");
        }
        OrganizerRule.check(violations, "organizations", request.role(), chosen.size());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = clock.instant();
        Invitation invitation = new Invitation(UUID.randomUUID(), email, displayName, request.role(), request.locale(),
                chosen, admin.id(), now, now, now.plus(properties.validity()));
        String token = SecretTokens.newToken();
        if (!invitations.create(invitation, token)) {
            violations.add("email", "admin.invitations.alreadyInvited");
            throw new InvalidInputException(violations);
        }
        mails.invite(invitation, token, admin.displayName());
        log.info("Invitation {} created by {}", invitation.id(), admin.id());
        return invitation;
    }

    /** Sends a new link that works for the full validity again; the old link stops working. */
    @Transactional
    public boolean resend(AccountPrincipal admin, UUID id) {
        Optional<Invitation> found = invitations.findById(id);
        found.ifPresent(invitation -> {
            Instant now = clock.instant();
            String token = SecretTokens.newToken();
            invitations.renew(id, token, now, now.plus(properties.validity()));
            mails.forget(id);
            mails.invite(invitations.findById(id).orElseThrow(), token, admin.displayName());
            log.info("Invitation {} sent again by {}", id, admin.id());
        });
        return found.isPresent();
    }

    /** The link stops working at once; the mail's content is erased from the outbox. */
    @Transactional
    public boolean revoke(AccountPrincipal admin, UUID id) {
        boolean revoked = invitations.delete(id);
        if (revoked) {
            mails.forget(id);
            log.info("Invitation {} revoked by {}", id, admin.id());
        }
        return revoked;
    }

    public List<Invitation> open() {
        return invitations.findAll();
    }

    /** The invitation of a link that works now. */
    public Invitation findValid(String token) {
        Invitation invitation = invitations.findByToken(token).orElseThrow(() -> new InvitationLinkException(Reason.UNKNOWN));
        if (invitation.isExpiredAt(clock.instant())) {
            throw new InvitationLinkException(Reason.EXPIRED);
        }
        return invitation;
    }

    /**
     * Creates the account with the password its owner chose, and the memberships the invitation named.
     * The link works once: the invitation is gone afterwards.
     *
     * @throws InvalidInputException when name or password are not acceptable; the link still works
     * @throws InvitationLinkException when the link does not (or no longer) work
     */
    @Transactional
    public UserAccount accept(String token, String displayName, String password, String confirmation) {
        Invitation invitation = findValid(token);
        Violations violations = new Violations();
        String name = InputText.singleLine(displayName);
        violations.requireText("displayName", name, 100);
        Passwords.check(violations, "password", password);
        if (!violations.has("password") && !password.equals(confirmation)) {
            violations.add("confirmation", "account.password.mismatch");
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        invitations.take(token, clock.instant()).orElseThrow(() -> new InvitationLinkException(Reason.UNKNOWN));
        if (accounts.findByEmail(invitation.email()).isPresent()) {
            throw new InvitationLinkException(Reason.ACCOUNT_EXISTS);
        }
        UserAccount account = new UserAccount(UserId.random(), invitation.email(), name, passwordEncoder.encode(password),
                invitation.role(), true, null);
        accounts.create(account);
        invitation.organizations().forEach(organization -> organizations.addMember(organization, account.id()));
        mails.forget(invitation.id());
        log.info("Invitation {} accepted: account {} created", invitation.id(), account.id());
        return accounts.findById(account.id()).orElseThrow();
    }

    /** Expired invitations hold a name and an address nobody needs any more. */
    @Transactional
    public int forgetExpired() {
        return invitations.deleteExpiredBefore(clock.instant().minus(properties.retention()));
    }
}
