-- Organizers may review each registration: a request waits in PENDING_APPROVAL, holding no seat and no
-- waitlist place, until they accept it (seat or waitlist, by the usual rules) or decline it (DECLINED).
alter table registration_settings
    add column approval_required boolean not null default false;

alter table registration
    drop constraint registration_state_check;
alter table registration
    add constraint registration_state_check
    check (state in ('PENDING_CONFIRMATION', 'CONFIRMED', 'WAITLISTED', 'CANCELLED', 'EXPIRED',
                     'PENDING_APPROVAL', 'DECLINED'));

drop index registration_one_per_email;
create unique index registration_one_per_email on registration (event_id, lower(email))
    where state in ('PENDING_CONFIRMATION', 'CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL');

drop index registration_unconfirmed;
create index registration_unconfirmed on registration (expires_at)
    where email_verified_at is null and state in ('PENDING_CONFIRMATION', 'WAITLISTED', 'PENDING_APPROVAL');
