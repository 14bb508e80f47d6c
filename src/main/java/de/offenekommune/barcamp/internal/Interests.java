package de.offenekommune.barcamp.internal;

import static de.offenekommune.platform.SqlTimes.utc;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.event.EventId;

/** Interest marks: one per person and proposal; a guest's counts once their address is confirmed. */
@Repository
public class Interests {

    /** Someone to tell where and when a session takes place. */
    public record Recipient(String personKey, String email, Locale locale) {
    }

    private final JdbcClient jdbc;

    Interests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Marks interest; a mark the person made before stays as it is, a guest's unconfirmed one gets the new link.
     *
     * @param confirmTokenHash {@code null} when the address is known already, as through a personal link
     * @return whether the person's mark is new or still waits for confirmation, i.e. the mail is worth sending
     */
    public boolean mark(ProposalId proposal, String personKey, String email, Locale locale, String confirmTokenHash,
            Instant now) {
        return jdbc.sql("""
                        insert into barcamp_interest (proposal_id, person_key, email, locale, confirm_token_hash,
                                                      created_at, confirmed_at)
                        values (:proposal, :person, :email, :locale, :token, :now,
                                case when cast(:token as text) is null then cast(:now as timestamptz) end)
                        on conflict (proposal_id, person_key) do update
                           set confirm_token_hash = excluded.confirm_token_hash,
                               confirmed_at = coalesce(barcamp_interest.confirmed_at, excluded.confirmed_at)
                         where barcamp_interest.confirmed_at is null
                        """)
                .param("proposal", proposal.value())
                .param("person", personKey)
                .param("email", email)
                .param("locale", locale.toLanguageTag())
                .param("token", confirmTokenHash)
                .param("now", utc(now))
                .update() == 1;
    }

    /** @return the proposal whose mark this link confirmed; empty when the link is unknown or was used */
    Optional<ProposalId> confirm(String tokenHash, Instant now) {
        return jdbc.sql("""
                        update barcamp_interest
                           set confirmed_at = :now,
                               confirm_token_hash = null
                         where confirm_token_hash = :hash
                           and created_at > :since
                        returning proposal_id
                        """)
                .param("hash", tokenHash)
                .param("now", utc(now))
                .param("since", utc(now.minus(BarcampSubmissions.CONFIRMATION_VALIDITY)))
                .query(UUID.class)
                .optional()
                .map(ProposalId::new);
    }

    boolean hasMarked(ProposalId proposal, String personKey) {
        return jdbc.sql("""
                        select count(*)
                          from barcamp_interest
                         where proposal_id = :proposal
                           and person_key = :person
                           and confirmed_at is not null
                        """)
                .param("proposal", proposal.value())
                .param("person", personKey)
                .query(Integer.class)
                .single() > 0;
    }

    /** Confirmed marks per proposal of the event; proposals without any are missing. */
    Map<ProposalId, Integer> counts(EventId event) {
        Map<ProposalId, Integer> counts = new HashMap<>();
        jdbc.sql("""
                        select i.proposal_id, count(*) as marks
                          from barcamp_interest i
                          join barcamp_proposal p on p.id = i.proposal_id
                         where p.event_id = :event
                           and i.confirmed_at is not null
                         group by i.proposal_id
                        """)
                .param("event", event.value())
                .query((rs, row) -> counts.put(new ProposalId(rs.getObject("proposal_id", UUID.class)),
                        rs.getInt("marks")))
                .list();
        return counts;
    }

    /** Everyone whose confirmed mark still has an address. */
    public List<Recipient> recipients(ProposalId proposal) {
        return jdbc.sql("""
                        select person_key, email, locale
                          from barcamp_interest
                         where proposal_id = :proposal
                           and confirmed_at is not null
                           and email is not null
                         order by created_at
                        """)
                .param("proposal", proposal.value())
                .query((rs, row) -> new Recipient(rs.getString("person_key"), rs.getString("email"),
                        Locale.forLanguageTag(rs.getString("locale"))))
                .list();
    }
}
