-- Workshop places: a session with a capacity is one people choose when they register.
alter table programme_session add column capacity integer check (capacity > 0);

-- The sessions a registration chose. A place is a SEAT only while the registration holds a seat at the
-- event; everyone else who chose the session waits in the order of choice (waitlist_seq). Changed only
-- under the event's seat lock (registration_tally), which every application copy takes.
create sequence registration_session_place_seq;

create table registration_session_place (
    registration_id uuid        not null references registration (id) on delete cascade,
    session_id      uuid        not null references programme_session (id) on delete cascade,
    event_id        uuid        not null references event (id) on delete cascade,
    state           text        not null check (state in ('SEAT', 'WAITLISTED')),
    waitlist_seq    bigint      not null,
    created_at      timestamptz not null,
    primary key (registration_id, session_id)
);
create index registration_session_place_session on registration_session_place (session_id, state, waitlist_seq);
create index registration_session_place_event on registration_session_place (event_id);

-- The public programme shows the places left, so their changes empty the store of rendered pages (see V42).
create trigger public_change_signal
    after insert or update or delete or truncate on registration_session_place
    for each statement execute function public_change_signal();
