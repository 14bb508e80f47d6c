-- Barcamp session planning: participants propose sessions before the event and mark interest;
-- the organizer approves proposals and places them into the programme.

-- Whether an event takes proposals at the moment; no row: it never did.
create table barcamp_call (
    event_id uuid        primary key references event (id) on delete cascade,
    open     boolean     not null,
    changed_at timestamptz not null
);

create table barcamp_proposal (
    id                 uuid primary key,
    event_id           uuid        not null references event (id) on delete cascade,
    title              text        not null,
    description        text        not null,
    format             text        not null check (format in ('DISCUSSION', 'WORKSHOP', 'TALK', 'SHOWCASE')),
    proposer_name      text        not null,
    -- Only to tell the proposer where and when; erased after the event (see BarcampRetention).
    proposer_email     text,
    locale             text        not null,
    state              text        not null check (state in ('PENDING_CONFIRMATION', 'SUBMITTED', 'APPROVED',
                                                             'REJECTED', 'PLACED')),
    confirm_token_hash text unique,
    -- One proposal per programme session: two placements into one cell cannot both succeed.
    session_id         uuid unique references programme_session (id) on delete set null,
    created_at         timestamptz not null,
    decided_at         timestamptz,
    notified_at        timestamptz
);
create index barcamp_proposal_event on barcamp_proposal (event_id, state);

-- One mark per person and proposal. The person is a keyed hash of their address, the same whether they
-- marked through their personal link or by a confirmed mail, so nobody counts twice.
create table barcamp_interest (
    proposal_id        uuid        not null references barcamp_proposal (id) on delete cascade,
    person_key         text        not null,
    -- Only to tell the person where and when; erased after the event.
    email              text,
    locale             text        not null,
    confirm_token_hash text unique,
    created_at         timestamptz not null,
    confirmed_at       timestamptz,
    primary key (proposal_id, person_key)
);

-- The event page shows whether the barcamp takes proposals and how many it shows (see V42).
create trigger public_change_signal
    after insert or update or delete or truncate on barcamp_call
    for each statement execute function public_change_signal();

create trigger public_change_signal
    after update or delete or truncate on barcamp_proposal
    for each statement execute function public_change_signal();
