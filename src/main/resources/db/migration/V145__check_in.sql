-- Who came: one row per registration that was let in at the door. The primary key makes a check-in happen
-- once, however many doors scan the same code at the same moment; the first one's time and door stay.
create table check_in (
    registration_id uuid        primary key references registration (id) on delete cascade,
    event_id        uuid        not null references event (id) on delete cascade,
    checked_in_at   timestamptz not null,
    door            text        check (char_length(door) <= 80)
);

create index check_in_by_event on check_in (event_id, checked_in_at);
