-- Accounts: organizations (Kommunen, civic groups, state bodies), users, memberships, API tokens.

create table organization (
    id          uuid primary key,
    slug        text        not null unique,
    name        text        not null,
    kind        text        not null check (kind in ('MUNICIPALITY', 'CIVIC_GROUP', 'STATE_BODY', 'OTHER')),
    tagline     text,
    website_url text,
    ags         char(8) check (ags ~ '^[0-9]{8}$'),
    created_at  timestamptz not null default now()
);

create table app_user (
    id                  uuid primary key,
    email               text        not null,
    display_name        text        not null,
    password_hash       text        not null,
    platform_role       text        not null default 'USER' check (platform_role in ('USER', 'MODERATOR', 'ADMIN')),
    enabled             boolean     not null default true,
    created_at          timestamptz not null default now(),
    password_changed_at timestamptz not null default now()
);
create unique index app_user_email_key on app_user (lower(email));

create table membership (
    user_id         uuid not null references app_user (id) on delete cascade,
    organization_id uuid not null references organization (id) on delete cascade,
    role            text not null default 'ORGANIZER' check (role in ('ORGANIZER')),
    created_at      timestamptz not null default now(),
    primary key (user_id, organization_id)
);
create index membership_organization on membership (organization_id);

-- Personal API tokens. Only a SHA-256 of the token is kept; the hint helps its owner recognise it.
create table api_token (
    id           uuid primary key,
    user_id      uuid        not null references app_user (id) on delete cascade,
    name         text        not null,
    token_hash   char(64)    not null unique,
    token_hint   text        not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user on api_token (user_id);
