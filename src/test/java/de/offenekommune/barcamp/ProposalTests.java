package de.offenekommune.barcamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import de.offenekommune.barcamp.internal.ProposalId;
import de.offenekommune.barcamp.internal.ProposalRules;
import de.offenekommune.barcamp.internal.ProposalState;
import de.offenekommune.barcamp.internal.ProposalStateException;
import de.offenekommune.event.EventId;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;
import de.offenekommune.programme.SessionId;

/** The life of a proposal and what its input must satisfy. */
class ProposalTests {

    static final Instant NOW = Instant.parse("2026-11-09T10:00:00Z");
    static final ProposalInput INPUT = new ProposalInput("Offene Daten", "Worum es geht.", ProposalFormat.WORKSHOP,
            "Julia", "julia@example.org");

    @Test
    void a_guests_proposal_goes_through_confirmation_approval_and_placing() {
        Proposal proposal = Proposal.byGuest(EventId.random(), INPUT, "julia@example.org", Locale.GERMAN, NOW);
        SessionId session = SessionId.random();

        Proposal placed = proposal.confirm().approve(NOW).place(session);

        assertThat(proposal.state()).isEqualTo(ProposalState.PENDING_CONFIRMATION);
        assertThat(placed.state()).isEqualTo(ProposalState.PLACED);
        assertThat(placed.session()).isEqualTo(session);
        assertThat(placed.isPlaceable()).isFalse();
    }

    @Test
    void only_approved_proposals_are_placed_and_placed_ones_are_not_rejected() {
        Proposal submitted = Proposal.byParticipant(EventId.random(), INPUT, "julia@example.org", Locale.GERMAN, NOW);

        assertThatThrownBy(() -> submitted.place(SessionId.random())).isInstanceOf(ProposalStateException.class);
        assertThatThrownBy(() -> submitted.reject(NOW).place(SessionId.random()))
                .isInstanceOf(ProposalStateException.class);
        assertThatThrownBy(() -> submitted.approve(NOW).place(SessionId.random()).reject(NOW))
                .isInstanceOfSatisfying(ProposalStateException.class, e -> assertThat(e.action()).isEqualTo("reject"));
        assertThatThrownBy(submitted::confirm).isInstanceOf(ProposalStateException.class);
    }

    @Test
    void a_rejection_can_be_undone_by_approving() {
        Proposal proposal = Proposal.byParticipant(EventId.random(), INPUT, null, Locale.GERMAN, NOW).reject(NOW);

        assertThat(proposal.approve(NOW).state()).isEqualTo(ProposalState.APPROVED);
        assertThat(proposal.state().isPublic()).isFalse();
    }

    @Test
    void a_placed_proposal_whose_session_was_removed_may_be_placed_again() {
        Proposal orphaned = new Proposal(ProposalId.random(), EventId.random(), "Offene Daten", "x",
                ProposalFormat.TALK, "Julia", null, Locale.GERMAN, ProposalState.PLACED, null, NOW, NOW, null);

        assertThat(orphaned.isPlaceable()).isTrue();
        assertThat(orphaned.place(SessionId.random()).session()).isNotNull();
    }

    @Test
    void the_rules_report_every_missing_field_and_a_guest_needs_a_valid_address() {
        assertThatThrownBy(() -> ProposalRules.check(new ProposalInput(" ", null, null, "", "keine"), true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().list())
                        .extracting(Violations.Violation::field, Violations.Violation::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("title", "NotBlank"),
                                org.assertj.core.groups.Tuple.tuple("description", "NotBlank"),
                                org.assertj.core.groups.Tuple.tuple("format", "barcamp.proposal.formatMissing"),
                                org.assertj.core.groups.Tuple.tuple("name", "NotBlank"),
                                org.assertj.core.groups.Tuple.tuple("email", "Email")));
        assertThat(ProposalRules.check(new ProposalInput("  Offene Daten ", "x", ProposalFormat.TALK, "Julia", null),
                false).title()).isEqualTo("Offene Daten");
    }
}
