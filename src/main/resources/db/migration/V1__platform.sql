-- Platform: HTTP sessions shared by all application copies, rate-limit counters, operator pages.

create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Fixed-window counters. Keys are keyed hashes, never raw addresses or emails.
create table rate_limit_window (
    bucket       text        not null,
    window_start timestamptz not null,
    hits         integer     not null,
    primary key (bucket, window_start)
);
create index rate_limit_window_start on rate_limit_window (window_start);

-- Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit, written by the operator.
create table site_page (
    page          text        not null check (page in ('IMPRINT', 'PRIVACY', 'ACCESSIBILITY')),
    locale        text        not null check (locale in ('de', 'en')),
    title         text        not null,
    body_markdown text        not null,
    body_html     text        not null,
    updated_at    timestamptz not null default now(),
    primary key (page, locale)
);

-- Installation-wide random secrets, created on first start and shared by all application copies.
create table platform_secret (
    name  text primary key,
    value bytea not null
);
