-- People the organizers ask to let others in at the door, without an account: each gets a personal door
-- link, stored only as its SHA-256 hash, valid until the day after the event or until revoked.
create table check_in_helper (
    id          uuid        primary key,
    event_id    uuid        not null references event (id) on delete cascade,
    name        text        not null check (char_length(name) <= 200),
    email       text        not null check (char_length(email) <= 254),
    token_hash  bytea       not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    revoked_at  timestamptz
);

create index check_in_helper_by_event on check_in_helper (event_id, created_at);
