-- When the operator answered a reported barrier (or closed it without an answer when no contact was given);
-- an answered report is no longer overdue.
alter table barrier_report add column answered_at timestamptz;
