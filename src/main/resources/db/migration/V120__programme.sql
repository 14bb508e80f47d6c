-- The programme of an event: rooms of its venue, speakers, and sessions placed in time and room.
-- A session may later get its own capacity (workshop places) as a nullable column.
create table programme_room (
    id        uuid primary key,
    event_id  uuid    not null references event (id) on delete cascade,
    name      text    not null,
    capacity  integer check (capacity > 0),
    step_free boolean not null default false,
    position  integer not null default 0,
    unique (event_id, name)
);

create table programme_speaker (
    id           uuid primary key,
    event_id     uuid    not null references event (id) on delete cascade,
    name         text    not null,
    role         text,
    organization text,
    bio          text,
    -- Shown in public only when the person agreed.
    consent      boolean not null default false
);
create index programme_speaker_event on programme_speaker (event_id);

create table programme_session (
    id            uuid primary key,
    event_id      uuid        not null references event (id) on delete cascade,
    title         text        not null,
    description   text,
    kind          text        not null check (kind in ('TALK', 'WORKSHOP', 'PANEL', 'BARCAMP', 'BREAK', 'OTHER')),
    starts_at     timestamptz not null,
    ends_at       timestamptz not null,
    room_id       uuid references programme_room (id),
    language      text        not null default 'de',
    sign_language boolean     not null default false,
    captioning    boolean     not null default false,
    check (ends_at > starts_at)
);
create index programme_session_event on programme_session (event_id, starts_at);

create table programme_session_speaker (
    session_id uuid    not null references programme_session (id) on delete cascade,
    speaker_id uuid    not null references programme_speaker (id) on delete cascade,
    position   integer not null default 0,
    primary key (session_id, speaker_id)
);
create index programme_session_speaker_speaker on programme_session_speaker (speaker_id);

-- Event pages show the programme, so its changes empty the store of rendered pages (see V42).
create trigger public_change_signal
    after insert or update or delete or truncate on programme_room
    for each statement execute function public_change_signal();

create trigger public_change_signal
    after insert or update or delete or truncate on programme_speaker
    for each statement execute function public_change_signal();

create trigger public_change_signal
    after insert or update or delete or truncate on programme_session
    for each statement execute function public_change_signal();

create trigger public_change_signal
    after insert or update or delete or truncate on programme_session_speaker
    for each statement execute function public_change_signal();

-- The open-data exports and the API's catalog version include the sessions (see V40).
create trigger event_catalog_touch
    after insert or update or delete or truncate on programme_session
    for each statement execute function event_catalog_touch();
