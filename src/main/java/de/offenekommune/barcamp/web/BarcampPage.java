package de.offenekommune.barcamp.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import de.offenekommune.barcamp.internal.Participant;
import de.offenekommune.barcamp.internal.ProposalId;
import de.offenekommune.barcamp.internal.RankedProposal;
import de.offenekommune.event.Event;
import de.offenekommune.platform.web.FormErrors;

/**
 * The public barcamp page as its template shows it, for a guest or for a participant through their link.
 *
 * @param places      where and when each placed proposal takes place
 * @param participant the person behind the personal link, or {@code null} for a guest
 * @param marked      the proposals the participant marked interest in
 * @param sendAgain   message asking to send the form once more (nothing was saved), or {@code null}
 * @param basePath    where the page's forms go
 */
public record BarcampPage(Event event, List<RankedProposal> proposals, Map<ProposalId, String> places, boolean open,
        @Nullable Participant participant, Set<ProposalId> marked, ProposalForm form, FormErrors errors,
        @Nullable String sendAgain, String basePath, String stamp) {

    public boolean isGuest() {
        return participant == null;
    }

    public boolean cameBack() {
        return !errors.isEmpty() || sendAgain != null;
    }
}
