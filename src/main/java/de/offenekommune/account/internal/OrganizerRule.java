package de.offenekommune.account.internal;

import de.offenekommune.account.PlatformRole;
import de.offenekommune.platform.Violations;

/**
 * An organizer always belongs to at least one organization: without one, there is nothing they could
 * publish for, and their first login would be a dead end. Moderators and administrators need none.
 */
final class OrganizerRule {

    static final String NEEDS_ORGANIZATION = "account.organizer.needsOrganization";

    private OrganizerRule() {
    }

    static boolean allows(PlatformRole role, int organizations) {
        return role != PlatformRole.USER || organizations > 0;
    }

    static void check(Violations violations, String field, PlatformRole role, int organizations) {
        if (role != null && !allows(role, organizations)) {
            violations.add(field, NEEDS_ORGANIZATION);
        }
    }
}
