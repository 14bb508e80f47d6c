package de.offenekommune.barcamp.internal;

import static de.offenekommune.platform.SqlTimes.instant;
import static de.offenekommune.platform.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.barcamp.Proposal;
import de.offenekommune.barcamp.ProposalFormat;
import de.offenekommune.event.EventId;
import de.offenekommune.programme.SessionId;

/** Session proposals of events' barcamps, and whether an event takes proposals. */
@Repository
public class Proposals {

    private static final String COLUMNS = """
            id, event_id, title, description, format, proposer_name, proposer_email, locale, state, session_id,
            created_at, decided_at, notified_at""";

    private final JdbcClient jdbc;

    Proposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the event takes proposals now. */
    public boolean isOpen(EventId event) {
        return jdbc.sql("""
                        select open
                          from barcamp_call
                         where event_id = :event
                        """)
                .param("event", event.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Whether the event's call is open, and how many proposals the public sees: what the event page needs. */
    Call call(EventId event) {
        return jdbc.sql("""
                        select coalesce((select open from barcamp_call where event_id = :event), false) as open,
                               (select count(*) from barcamp_proposal
                                 where event_id = :event and state in ('APPROVED', 'PLACED')) as shown
                        """)
                .param("event", event.value())
                .query((rs, row) -> new Call(rs.getBoolean("open"), rs.getInt("shown")))
                .single();
    }

    /** @param shown the proposals the public sees (approved or placed) */
    record Call(boolean open, int shown) {
    }

    public void open(EventId event, boolean open, Instant now) {
        jdbc.sql("""
                        insert into barcamp_call (event_id, open, changed_at)
                        values (:event, :open, :now)
                        on conflict (event_id) do update
                           set open = excluded.open,
                               changed_at = excluded.changed_at
                        """)
                .param("event", event.value())
                .param("open", open)
                .param("now", utc(now))
                .update();
    }

    public Optional<Proposal> find(ProposalId id) {
        return jdbc.sql("select " + COLUMNS + """

                          from barcamp_proposal
                         where id = :id
                        """)
                .param("id", id.value())
                .query(this::proposal)
                .optional();
    }

    public Optional<Proposal> findForUpdate(ProposalId id) {
        return jdbc.sql("select " + COLUMNS + """

                          from barcamp_proposal
                         where id = :id
                           for update
                        """)
                .param("id", id.value())
                .query(this::proposal)
                .optional();
    }

    Optional<Proposal> findByConfirmTokenForUpdate(String tokenHash) {
        return jdbc.sql("select " + COLUMNS + """

                          from barcamp_proposal
                         where confirm_token_hash = :hash
                           for update
                        """)
                .param("hash", tokenHash)
                .query(this::proposal)
                .optional();
    }

    /** The event's proposals in the given states, most interest first, then oldest first. */
    public List<RankedProposal> ranked(EventId event, Collection<ProposalState> states) {
        return jdbc.sql("select " + COLUMNS + ","  + """

                               (select count(*)
                                  from barcamp_interest i
                                 where i.proposal_id = p.id
                                   and i.confirmed_at is not null) as interest
                          from barcamp_proposal p
                         where event_id = :event
                           and state in (:states)
                         order by interest desc, created_at, id
                        """)
                .param("event", event.value())
                .param("states", states.stream().map(ProposalState::name).toList())
                .query((rs, row) -> new RankedProposal(proposal(rs, row), rs.getInt("interest")))
                .list();
    }

    public void insert(Proposal proposal, String confirmTokenHash) {
        jdbc.sql("insert into barcamp_proposal (" + COLUMNS + ", confirm_token_hash)" + """

                        values (:id, :event, :title, :description, :format, :name, :email, :locale, :state, null,
                                :createdAt, null, null, :token)
                        """)
                .param("id", proposal.id().value())
                .param("event", proposal.event().value())
                .param("title", proposal.title())
                .param("description", proposal.description())
                .param("format", proposal.format().name())
                .param("name", proposal.proposerName())
                .param("email", proposal.proposerEmail())
                .param("locale", proposal.locale().toLanguageTag())
                .param("state", proposal.state().name())
                .param("createdAt", utc(proposal.createdAt()))
                .param("token", confirmTokenHash)
                .update();
    }

    /** Saves the state, placement and notice of a proposal; a confirmation link stops working once used. */
    public void update(Proposal proposal) {
        jdbc.sql("""
                        update barcamp_proposal
                           set state = :state,
                               session_id = :session,
                               decided_at = :decidedAt,
                               notified_at = :notifiedAt,
                               confirm_token_hash = case when :state = 'PENDING_CONFIRMATION' then confirm_token_hash end
                         where id = :id
                        """)
                .param("id", proposal.id().value())
                .param("state", proposal.state().name())
                .param("session", proposal.session() == null ? null : proposal.session().value())
                .param("decidedAt", utc(proposal.decidedAt()))
                .param("notifiedAt", utc(proposal.notifiedAt()))
                .update();
    }

    /** Forgets the addresses of proposals and interest marks of events that ended before {@code before}. */
    int eraseAddresses(Instant before) {
        int proposals = jdbc.sql("""
                        update barcamp_proposal p
                           set proposer_email = null
                          from event e
                         where e.id = p.event_id
                           and e.ends_at < :before
                           and p.proposer_email is not null
                        """)
                .param("before", utc(before))
                .update();
        int interests = jdbc.sql("""
                        update barcamp_interest i
                           set email = null
                          from barcamp_proposal p
                          join event e on e.id = p.event_id
                         where p.id = i.proposal_id
                           and e.ends_at < :before
                           and i.email is not null
                        """)
                .param("before", utc(before))
                .update();
        return proposals + interests;
    }

    /** Forgets proposals and interest marks whose address was not confirmed before {@code createdBefore}. */
    int forgetUnconfirmed(Instant createdBefore) {
        int proposals = jdbc.sql("""
                        delete from barcamp_proposal
                         where state = 'PENDING_CONFIRMATION'
                           and created_at < :before
                        """)
                .param("before", utc(createdBefore))
                .update();
        int interests = jdbc.sql("""
                        delete from barcamp_interest
                         where confirmed_at is null
                           and created_at < :before
                        """)
                .param("before", utc(createdBefore))
                .update();
        return proposals + interests;
    }

    private Proposal proposal(ResultSet rs, int row) throws SQLException {
        UUID session = rs.getObject("session_id", UUID.class);
        return new Proposal(new ProposalId(rs.getObject("id", UUID.class)),
                new EventId(rs.getObject("event_id", UUID.class)), rs.getString("title"), rs.getString("description"),
                ProposalFormat.valueOf(rs.getString("format")), rs.getString("proposer_name"),
                rs.getString("proposer_email"), Locale.forLanguageTag(rs.getString("locale")),
                ProposalState.valueOf(rs.getString("state")), session == null ? null : new SessionId(session),
                instant(rs, "created_at"), instant(rs, "decided_at"), instant(rs, "notified_at"));
    }
}
