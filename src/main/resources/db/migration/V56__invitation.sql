-- Invitations: an administrator invites a person by mail; the link lets them set their own password
-- once, until it expires. Only a SHA-256 of the link's token is kept. The row is deleted when the
-- invitation is accepted or revoked; expired ones are deleted a while after expiry.
create table invitation (
    id            uuid primary key,
    email         text        not null,
    display_name  text        not null,
    platform_role text        not null check (platform_role in ('USER', 'MODERATOR', 'ADMIN')),
    locale        text        not null default 'de',
    token_hash    bytea       not null unique,
    invited_by    uuid        references app_user (id) on delete set null,
    created_at    timestamptz not null,
    sent_at       timestamptz not null,
    expires_at    timestamptz not null
);
create unique index invitation_email_key on invitation (lower(email));

create table invitation_organization (
    invitation_id   uuid not null references invitation (id) on delete cascade,
    organization_id uuid not null references organization (id) on delete cascade,
    primary key (invitation_id, organization_id)
);
