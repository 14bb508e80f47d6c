-- One registration through POST /api/v1/events/{id}/registrations, as pgbench runs it: the SQL statements the
-- application sends for one person who gets a seat and registers alone, in the same transactions, as
-- RegistrationStatementsTests prints them (a_registration_through_the_api_needs_a_fixed_number_of_statements).
-- People registering at the same moment share the lock and what is marked "once" (the application's batches). Run against one event (its tally row
-- is the lock all clients queue for), with the variables
--   -D event=<uuid of a published event with a tally row> -D content=<the mail's content as JSON>
--   -D subject=... -D text=... -D html=...      (the rendered mail, as long as the application's)
-- and -M prepared: the values go as parameters of prepared statements, as the application sends them.
-- The application does the same work, plus HTTP, JSON, checking the input and rendering the mail; its own
-- cost is the difference. What it cannot do here, pgbench cannot either: the seat lock serialises the event.
\set n random(1, 2000000000)
\set address random(1, 2000000000)

-- The event, read before anything else (404 and "closed" need no lock), with its links.
select e.* from event e where e.id = :event;
select label, url from event_link where event_id = :event order by position;
-- The form's settings and questions, for checking the input.
select max_companions, question, question_required, consent_text, reminder_hours, approval_required
  from registration_settings where event_id = :event;
select id, event_id, position, type, label, help, choices, required, purpose, retention, retention_days,
       special_category, archived_at, answers_deleted_at
  from registration_question where event_id = :event order by archived_at nulls first, position;
-- Whether the address is registered already (then only the network address counts).
select id, event_id, state, name, email, organization, companions, answer, accessibility_needs, locale, waitlist_seq,
       submission_key, email_verified_at, expires_at, created_at, confirmed_at, cancelled_at, cancelled_by,
       anonymized_at
  from registration
 where event_id = :event and lower(email) = lower('pgbench-' || :client_id::text || '-' || :n::text || '@example.org')
   and state in ('PENDING_CONFIRMATION', 'CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL');
-- Both rate limits in one statement: the email counts only while the address is within its limit.
with first as (
    insert into rate_limit_window (bucket, window_start, hits)
    values ('registration-address:' || md5(:address::text) || ':3600000', date_trunc('hour', now()), 1)
    on conflict (bucket, window_start) do update set hits = rate_limit_window.hits + 1
    returning hits
), second as (
    insert into rate_limit_window (bucket, window_start, hits)
    select 'registration-email:' || md5(:n::text || '-' || :client_id::text) || ':3600000', date_trunc('hour', now()), 1
     where (select hits from first) <= 1000000
    on conflict (bucket, window_start) do update set hits = rate_limit_window.hits + 1
    returning hits
)
select case when (select hits from first) > 1000000 then 1
            when (select hits from second) > 3 then 2
            else 0 end;

-- Under the event's seat lock.
begin;
select set_config('lock_timeout', '5000ms', true);
select event_id, seats_taken, next_waitlist_seq, front_waitlist_seq
  from registration_tally where event_id = :event for update \gset
select label, url from event_link where event_id = :event order by position;
select e.* from event e where e.id = :event;
select exists (select 1 from registration where event_id = :event and state = 'WAITLISTED');
select id, event_id, state, name, email, organization, companions, answer, accessibility_needs, locale, waitlist_seq,
       submission_key, email_verified_at, expires_at, created_at, confirmed_at, cancelled_at, cancelled_by,
       anonymized_at
  from registration
 where event_id = :event and lower(email) = lower('pgbench-' || :client_id::text || '-' || :n::text || '@example.org')
   and state in ('PENDING_CONFIRMATION', 'CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL');
insert into registration (id, event_id, state, name, email, organization, companions, answer, accessibility_needs,
                          locale, waitlist_seq, submission_key, submission_hash, email_verified_at, expires_at,
                          created_at, confirmed_at, cancelled_at, cancelled_by, anonymized_at)
values (gen_random_uuid(), :event, 'PENDING_CONFIRMATION', 'Person ' || :n::text,
        'pgbench-' || :client_id::text || '-' || :n::text || '@example.org', null, 0, null, null, 'de', null, null, null, null,
        now() + interval '1 day', now(), null, null, null, null)
returning id as registration_id \gset
insert into registration_token (token_hash, registration_id, purpose, created_at, expires_at)
values (sha256(convert_to(gen_random_uuid()::text, 'UTF8')), :registration_id, 'CONFIRM', now(),
        now() + interval '1 day');
-- Just before the commit (once for everybody who shares the lock): the count, the mails and their tasks.
update registration_tally
   set seats_taken = :seats_taken, next_waitlist_seq = :next_waitlist_seq, front_waitlist_seq = :front_waitlist_seq
 where event_id = :event;
insert into outbox_mail (id, dedup_key, template, recipient, locale, content, attachment_name, attachment_type,
                         attachment, reference)
values (gen_random_uuid(), null, 'registration_requested_to_registrant',
        'pgbench-' || :client_id::text || '-' || :n::text || '@example.org', 'de', cast(:content as jsonb), null, null, null,
        'registration:' || :registration_id::text)
on conflict (dedup_key) do nothing
returning id as mail_id \gset
-- The task that sends the mail; far in the future, so that no application copy runs it during the measurement.
insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
values ('pgbench-send-mail', :mail_id, null, now() + interval '1 year', false, 1);
commit;

-- After the commit, on the same connection: the mail's rendered bodies.
update outbox_mail
   set subject = :subject, body_text = :text, body_html = :html, inline_image_id = null,
       inline_image_type = null, inline_image = null, content = null
 where id = :mail_id and content is not null;
