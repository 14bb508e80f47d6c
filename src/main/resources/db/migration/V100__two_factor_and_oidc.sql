-- Second factor of local accounts: a TOTP secret (encrypted) and single-use recovery codes (hashed).
create table two_factor (
    user_id      uuid        primary key references app_user (id) on delete cascade,
    secret       bytea       not null,
    confirmed_at timestamptz,
    last_step    bigint
);

create table recovery_code (
    user_id   uuid        not null references app_user (id) on delete cascade,
    code_hash text        not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);

-- Set when an administrator reset the second factor: the account enrols again at its next login.
alter table app_user add column two_factor_enrolment_required boolean not null default false;

-- Accounts of the OpenID Connect provider: the issuer's subject, and no local password.
alter table app_user add column oidc_subject text;
create unique index app_user_oidc_subject_key on app_user (oidc_subject);
alter table app_user alter column password_hash drop not null;
