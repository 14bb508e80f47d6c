-- Attendance counts become open data once the event has ended: this is the moment they were published.
alter table registration_tally
    add column attendance_published_at timestamptz;

create index registration_tally_attendance on registration_tally (event_ends_at)
    where attendance_published_at is null;
