-- The same submission key with the same input is a repeat; with other input it is refused. A SHA-256 of the
-- cleaned input tells them apart; it goes with the personal data when a registration is anonymized.
alter table registration add column submission_hash bytea;
