package de.offenekommune.comment.internal;

import org.springframework.stereotype.Component;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.comment.internal.AuthorRole;
import de.offenekommune.event.Event;

/**
 * Who moderates a discussion: the organizers of its event and the platform's moderators (and
 * administrators). Rights are looked up on each use, so a revoked membership counts at once.
 */
@Component
public class Moderators {

    private final OrganizationDirectory organizations;

    Moderators(OrganizationDirectory organizations) {
        this.organizations = organizations;
    }

    public boolean mayModerate(AccountPrincipal user, Event event) {
        return user != null && (user.isModerator() || organizations.mayManage(user, event.organizer()));
    }

    /** The badge a logged-in author's comment carries on this event, or {@code null}. */
    public AuthorRole roleOf(AccountPrincipal user, Event event) {
        if (user.isModerator()) {
            return AuthorRole.MODERATOR;
        }
        return organizations.mayManage(user, event.organizer()) ? AuthorRole.ORGANIZER : null;
    }
}
