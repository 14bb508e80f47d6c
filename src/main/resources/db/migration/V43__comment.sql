-- Comments: the public discussion under each event, its moderation, reports and block list.

-- How an event's discussion is moderated; an event without a row uses the platform default.
create table comment_settings (
    event_id   uuid primary key references event (id) on delete cascade,
    mode       text        not null check (mode in ('OPEN', 'PRE_MODERATED', 'CLOSED', 'OFF')),
    updated_at timestamptz not null default now(),
    updated_by uuid
);

-- One comment or reply (one level deep). The guest email is never shown; it is kept only as long as
-- it is needed (confirmation, reply notifications) and then removed with its keyed hash.
-- Tokens are kept only as SHA-256 hashes.
create table event_comment (
    id                 uuid primary key,
    event_id           uuid        not null references event (id) on delete cascade,
    parent_id          uuid references event_comment (id) on delete cascade,
    status             text        not null check (status in ('PENDING_CONFIRMATION', 'PENDING_REVIEW', 'PUBLISHED',
                                                              'REJECTED', 'HIDDEN', 'DELETED')),
    author_user_id     uuid references app_user (id) on delete set null,
    author_name        text        not null,
    author_role        text check (author_role in ('ORGANIZER', 'MODERATOR')),
    guest_email        text,
    guest_email_hash   text,
    locale             text        not null check (locale in ('de', 'en')),
    body               text        not null,
    body_fingerprint   text        not null,
    notify_replies     boolean     not null default false,
    review_reason      text check (review_reason in ('PRE_MODERATED', 'WORD_LIST', 'CLOSED', 'REPORTS')),
    moderation_reason  text,
    confirm_token_hash char(64) unique,
    manage_token_hash  char(64) unique,
    created_at         timestamptz not null,
    confirmed_at       timestamptz,
    published_at       timestamptz,
    edited_at          timestamptz,
    editable_until     timestamptz,
    moderated_at       timestamptz
);
-- Top-level threads of an event in the order they became public, and the replies of a page of threads.
create index event_comment_threads on event_comment (event_id, published_at, id) where parent_id is null;
create index event_comment_replies on event_comment (parent_id, published_at, id) where parent_id is not null;
create index event_comment_queue on event_comment (status, created_at) where status in ('PENDING_REVIEW', 'HIDDEN');
create index event_comment_fingerprint on event_comment (body_fingerprint, created_at);
create index event_comment_unconfirmed on event_comment (created_at) where status = 'PENDING_CONFIRMATION';
create index event_comment_guest_email on event_comment (event_id) where guest_email_hash is not null;

-- A reader's report. The reporter is a user id or a keyed hash of the address: one report per person.
create table comment_report (
    comment_id   uuid        not null references event_comment (id) on delete cascade,
    reporter_key text        not null,
    reason       text        not null check (reason in ('SPAM', 'ABUSE', 'PERSONAL_DATA', 'ILLEGAL', 'OTHER')),
    note         text,
    created_at   timestamptz not null default now(),
    reviewed_at  timestamptz,
    primary key (comment_id, reporter_key)
);

-- Who may not comment: a guest email (keyed hash only) or a user, for one organization's events or,
-- with scope 'PLATFORM', everywhere.
create table comment_block (
    scope      text        not null,
    subject    text        not null check (subject ~ '^(email|user):'),
    label      text        not null,
    reason     text,
    created_at timestamptz not null default now(),
    created_by uuid,
    primary key (scope, subject)
);

-- Every moderation action: who, when, what and why. Kept while the event exists; entries without an
-- event (unblocking from the platform's block list) are kept for good.
create table comment_moderation_log (
    id            uuid primary key,
    event_id      uuid references event (id) on delete cascade,
    comment_id    uuid,
    actor_user_id uuid,
    actor_name    text        not null,
    action        text        not null,
    reason        text,
    created_at    timestamptz not null default now()
);
create index comment_moderation_log_event on comment_moderation_log (event_id, created_at desc);
create index comment_moderation_log_time on comment_moderation_log (created_at desc);
