-- Participation for the benchmark data set: registrations on the next 1,000 upcoming events that
-- require registration (capacity 50 each in generate.sql): 40 people each, 30 holding a seat
-- (confirmed or pending) and 10 on the waitlist, with the per-event tally the application keeps.
-- Comments are added by generate-comments.sql once the comment capability exists.
\set ON_ERROR_STOP on
begin;

create temporary table bench_registered_event on commit drop as
select id, ends_at
  from event
 where status = 'PUBLISHED'
   and registration_mode = 'REQUIRED'
   and starts_at > now()
   and slug like 'bench-%'
 order by starts_at
 limit 1000;

insert into registration (id, event_id, state, name, email, locale, waitlist_seq, email_verified_at, expires_at,
                          created_at, confirmed_at)
select md5('bench-registration-' || e.id || '-' || n)::uuid,
       e.id,
       case when n > 30 then 'WAITLISTED' when n % 3 = 0 then 'PENDING_CONFIRMATION' else 'CONFIRMED' end,
       'Person ' || n,
       'bench-' || n || '-' || left(e.id::text, 8) || '@example.org',
       case when n % 5 = 0 then 'en' else 'de' end,
       case when n > 30 then n - 30 end,
       case when n % 3 <> 0 then now() end,
       case when n % 3 = 0 then now() + interval '1 day' end,
       now() - interval '1 day',
       case when n % 3 <> 0 and n <= 30 then now() end
  from bench_registered_event e
 cross join generate_series(1, 40) as n
on conflict (id) do nothing;

insert into registration_tally (event_id, seats_taken, next_waitlist_seq, front_waitlist_seq, event_ends_at)
select id, 30, 11, 0, ends_at
  from bench_registered_event
on conflict (event_id) do nothing;

commit;
vacuum analyze registration;
vacuum analyze registration_tally;
select count(*) as registrations from registration;
