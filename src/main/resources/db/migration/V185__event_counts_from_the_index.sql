-- Counting the matches of a filter set up to 1,001 reads only an index (an index-only scan) when the
-- index carries every column the filter looks at: the municipality and district filters with a type,
-- and the date ranges with a type, attendance, cost or state. The two indexes replace their narrower
-- predecessors with the same keys.
create index event_public_by_municipality_counts on event (municipality_ags, starts_at)
    include (ends_at, type) where status <> 'DRAFT';
drop index event_public_by_municipality;
alter index event_public_by_municipality_counts rename to event_public_by_municipality;

create index event_public_by_start_counts on event (starts_at)
    include (ends_at, type, attendance_mode, free_of_charge, state) where status <> 'DRAFT';
drop index event_public_by_start_end;
alter index event_public_by_start_counts rename to event_public_by_start_end;
