-- Reminders before an event: how long before the start (per event, 0 = off), and for which start time
-- the reminders of an event went out. A reminder belongs to one start time: when the start moves,
-- everyone is reminded again before the new one.
alter table registration_settings
    add column reminder_hours integer not null default 24 check (reminder_hours between 0 and 336);

alter table registration_tally
    add column event_starts_at timestamptz,
    add column reminded_for    timestamptz;

-- Filled by the application whenever it makes the row or the event's time changes.
update registration_tally t
   set event_starts_at = e.starts_at
  from event e
 where e.id = t.event_id;

-- Events whose reminders for the current start are still to go out.
create index registration_tally_reminders on registration_tally (event_starts_at)
    where reminded_for is distinct from event_starts_at;
