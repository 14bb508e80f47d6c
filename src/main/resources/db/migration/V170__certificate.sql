-- Certificates of attendance (Teilnahmebescheinigungen): off until the organizer switches them on per event,
-- with an optional closing line of theirs (a remark, or who signs).
alter table registration_settings
    add column certificate_enabled boolean not null default false,
    add column certificate_remark  text    check (char_length(certificate_remark) <= 300);

-- The number printed on a person's certificate, the same each time it is downloaded again. It names no one:
-- whoever checks a certificate learns the event and the day, and compares the name with the paper.
create table certificate (
    registration_id uuid        primary key references registration (id) on delete cascade,
    number          text        not null unique check (char_length(number) = 14),
    issued_at       timestamptz not null
);
