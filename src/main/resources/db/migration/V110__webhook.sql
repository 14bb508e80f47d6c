-- Webhooks: endpoints that organizers (for one organization) or administrators (for the whole platform,
-- organization_id null) registered, and one delivery row per message and endpoint, written in the
-- transaction of the event change and sent by the task 'deliver-webhooks' with retries.
create table webhook_endpoint (
    id              uuid primary key,
    organization_id uuid references organization (id) on delete cascade,
    url             text        not null,
    description     text,
    -- Standard Webhooks secret ('whsec_' + base64); needed in clear text to sign, shown to those who manage it.
    secret          text        not null,
    created_at      timestamptz not null
);
create index webhook_endpoint_organization on webhook_endpoint (organization_id);

create table webhook_delivery (
    id              uuid primary key,
    endpoint_id     uuid        not null references webhook_endpoint (id) on delete cascade,
    message_id      text        not null,
    event_type      text        not null,
    payload         text        not null,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer     not null default 0,
    response_code   integer,
    last_error      text,
    created_at      timestamptz not null,
    next_attempt_at timestamptz,
    last_attempt_at timestamptz
);
create index webhook_delivery_endpoint on webhook_delivery (endpoint_id, created_at desc);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
