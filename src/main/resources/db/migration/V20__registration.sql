-- Registrations (Anmeldungen): guests register without an account, confirm by mail (double opt-in),
-- take a seat or a place on the waitlist. Personal data is anonymized after the retention period.

-- What the organizer adds to the event's registration mode and capacity (which the event owns).
create table registration_settings (
    event_id          uuid primary key references event (id) on delete cascade,
    max_companions    integer     not null default 0 check (max_companions between 0 and 20),
    question          text,
    question_required boolean     not null default false,
    consent_text      text,
    updated_at        timestamptz not null default now()
);

-- One row per event with registrations. Every change of seats locks this row (select … for update), so
-- seat counting is serialized per event in every application copy; seats_taken counts people
-- (registrant + companions) of pending and confirmed registrations.
create table registration_tally (
    event_id           uuid primary key references event (id) on delete cascade,
    seats_taken        integer     not null default 0 check (seats_taken >= 0),
    next_waitlist_seq  bigint      not null default 1,
    front_waitlist_seq bigint      not null default 0,
    event_ends_at      timestamptz not null,
    anonymized_at      timestamptz
);
create index registration_tally_retention on registration_tally (event_ends_at) where anonymized_at is null;

create table registration (
    id                  uuid primary key,
    event_id            uuid        not null references event (id) on delete cascade,
    state               text        not null check (state in ('PENDING_CONFIRMATION', 'CONFIRMED', 'WAITLISTED', 'CANCELLED', 'EXPIRED')),
    name                text,
    email               text,
    organization        text,
    companions          integer     not null default 0 check (companions between 0 and 20),
    answer              text,
    accessibility_needs text,
    locale              text        not null check (locale in ('de', 'en')),
    waitlist_seq        bigint,
    submission_key      text,
    email_verified_at   timestamptz,
    expires_at          timestamptz,
    created_at          timestamptz not null,
    confirmed_at        timestamptz,
    cancelled_at        timestamptz,
    cancelled_by        text check (cancelled_by in ('REGISTRANT', 'ORGANIZER')),
    anonymized_at       timestamptz,
    constraint registration_waitlisted_have_a_place check ((state = 'WAITLISTED') = (waitlist_seq is not null))
);
-- One active registration per address and event, whatever the spelling of the address.
create unique index registration_one_per_email on registration (event_id, lower(email))
    where state in ('PENDING_CONFIRMATION', 'CONFIRMED', 'WAITLISTED');
-- A form or an API request sent twice creates one registration.
create unique index registration_one_per_submission on registration (event_id, submission_key);
create unique index registration_waitlist_order on registration (event_id, waitlist_seq) where state = 'WAITLISTED';
create index registration_by_event on registration (event_id, state, created_at);
create index registration_unconfirmed on registration (expires_at)
    where email_verified_at is null and state in ('PENDING_CONFIRMATION', 'WAITLISTED');

-- Personal links: random tokens, stored only as SHA-256. CONFIRM links are used once and expire;
-- MANAGE links open the personal page until the data is deleted.
create table registration_token (
    token_hash      bytea primary key,
    registration_id uuid        not null references registration (id) on delete cascade,
    purpose         text        not null check (purpose in ('CONFIRM', 'MANAGE')),
    created_at      timestamptz not null,
    expires_at      timestamptz,
    used_at         timestamptz
);
create index registration_token_by_registration on registration_token (registration_id);
