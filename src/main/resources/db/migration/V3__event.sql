-- Events: every fact of an invitation, with its venue embedded.

create table event (
    id                        uuid primary key,
    slug                      text        not null unique,
    organization_id           uuid        not null references organization (id),
    status                    text        not null check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED', 'POSTPONED')),
    status_note               text,
    type                      text        not null,
    title                     text        not null,
    summary                   text        not null,
    description_markdown      text        not null default '',
    description_html          text        not null default '',
    starts_at                 timestamptz not null,
    ends_at                   timestamptz not null,
    time_zone                 text        not null,
    all_day                   boolean     not null default false,
    attendance_mode           text        not null check (attendance_mode in ('IN_PERSON', 'ONLINE', 'HYBRID')),
    online_url                text,
    venue_name                text,
    venue_street              text,
    venue_postal_code         text,
    venue_locality            text,
    venue_district            text,
    venue_state               text,
    venue_latitude            numeric(8, 6) check (venue_latitude between -90 and 90),
    venue_longitude           numeric(9, 6) check (venue_longitude between -180 and 180),
    venue_directions          text,
    venue_accessibility_notes text,
    municipality_name         text,
    municipality_ags          char(8) check (municipality_ags ~ '^[0-9]{8}$'),
    state                     text,
    website_url               text,
    free_of_charge            boolean     not null default true,
    price_text                text,
    registration_mode         text        not null check (registration_mode in ('NONE', 'REQUESTED', 'REQUIRED', 'EXTERNAL')),
    registration_url          text,
    capacity                  integer check (capacity > 0),
    registration_opens_at     timestamptz,
    registration_deadline     timestamptz,
    audiences                 text[]      not null default '{}',
    audience_note             text,
    topics                    text[]      not null default '{}',
    accessibility_features    text[]      not null default '{}',
    easy_read_summary         text,
    contact_name              text,
    contact_email             text,
    contact_phone             text,
    sequence                  integer     not null default 0,
    version                   integer     not null default 0,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    published_at              timestamptz,
    constraint event_ends_after_start check (ends_at >= starts_at)
);
create index event_public_by_start on event (starts_at) where status <> 'DRAFT';
create index event_organization on event (organization_id, starts_at desc);

-- Website, social media and other links, shown as plain links in the given order.
create table event_link (
    event_id uuid    not null references event (id) on delete cascade,
    position integer not null,
    label    text    not null,
    url      text    not null,
    primary key (event_id, position)
);

-- Earlier slugs of published events keep old links working.
create table event_slug_alias (
    slug     text primary key,
    event_id uuid not null references event (id) on delete cascade
);
