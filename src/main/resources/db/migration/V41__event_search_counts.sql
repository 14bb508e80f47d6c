-- Counting the events of a listing reads only this index (an index-only scan), not the table.
create index event_public_by_start_end on event (starts_at) include (ends_at) where status <> 'DRAFT';
