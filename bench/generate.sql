-- 100,000 public events (plus 2,000 drafts) for the benchmark, generated inside PostgreSQL in one
-- statement per table. Texts are German, built from word lists, so that full-text search has real
-- stems to match; dates spread from two years ago to one year ahead; 120 organizations.
\set ON_ERROR_STOP on
-- psql -v events=N generates N rows (public events and drafts); by default 102,000.
\if :{?events}
\else
\set events 102000
\endif
begin;

insert into organization (id, slug, name, kind, tagline, website_url, ags)
select md5('bench-org-' || n)::uuid,
       'bench-org-' || n,
       (array['Stadt', 'Gemeinde', 'Initiative', 'Verein', 'Netzwerk', 'Bürgerforum'])[1 + n % 6]
           || ' ' || (array['Köln', 'Düsseldorf', 'Dortmund', 'Essen', 'Münster', 'Bielefeld', 'Bonn', 'Aachen',
                           'Wuppertal', 'Gelsenkirchen', 'Paderborn', 'Siegen', 'Moers', 'Mettmann', 'Erkrath'])[1 + n % 15]
           || ' ' || n,
       (array['MUNICIPALITY', 'CIVIC_GROUP', 'STATE_BODY', 'OTHER'])[1 + n % 4],
       null, null, null
  from generate_series(1, 120) as n
on conflict (slug) do nothing;

with places(ags, name, zip) as (
    values ('05315000', 'Köln', '50667'), ('05111000', 'Düsseldorf', '40213'), ('05913000', 'Dortmund', '44135'),
           ('05113000', 'Essen', '45127'), ('05515000', 'Münster', '48143'), ('05711000', 'Bielefeld', '33602'),
           ('05314000', 'Bonn', '53111'), ('05334002', 'Aachen', '52062'), ('05124000', 'Wuppertal', '42103'),
           ('05513000', 'Gelsenkirchen', '45879'), ('05774032', 'Paderborn', '33098'), ('05970040', 'Siegen', '57072'),
           ('05170024', 'Moers', '47441'), ('05158020', 'Mettmann', '40822'), ('05158004', 'Erkrath', '40699'),
           ('07315000', 'Mainz', '55116'), ('09162000', 'München', '80331'), ('11000000', 'Berlin', '10117')
), numbered as (
    select row_number() over () - 1 as i, ags, name, zip from places
), series as (
    select n,
           (now() - interval '730 days') + (n::double precision / :events) * interval '1095 days'
               + ((n::bigint * 7919) % 600) * interval '1 minute' as starts_at
      from generate_series(1, :events) as n
)
insert into event (id, slug, organization_id, status, status_note, type, title, summary, description_markdown,
                   description_html, starts_at, ends_at, time_zone, all_day, attendance_mode, online_url,
                   venue_name, venue_street, venue_postal_code, venue_locality, venue_district, venue_state,
                   municipality_name, municipality_ags, state, free_of_charge, price_text, registration_mode,
                   capacity, audiences, topics, accessibility_features, sequence, version, created_at, updated_at,
                   published_at)
select md5('bench-event-' || s.n)::uuid,
       'bench-' || s.n,
       md5('bench-org-' || (1 + s.n % 120))::uuid,
       case when s.n % 51 = 0 then 'DRAFT' when s.n % 97 = 0 then 'CANCELLED' when s.n % 89 = 0 then 'POSTPONED'
            else 'PUBLISHED' end,
       case when s.n % 97 = 0 then 'Der Raum steht nicht zur Verfügung.' end,
       (array['CONFERENCE', 'WORKSHOP', 'BARCAMP', 'CITIZENS_ASSEMBLY', 'INFORMATION_EVENT', 'COUNCIL_MEETING',
              'ONLINE_DIALOGUE', 'OTHER'])[1 + s.n % 8],
       (array['Bürgerversammlung', 'Workshop', 'Werkstatt', 'Forum', 'Dialog', 'Tagung', 'Sprechstunde',
              'Infoabend'])[1 + s.n % 8]
           || ' ' || (array['zum Bürgerhaushalt', 'zur Mobilitätswende', 'über offene Daten', 'zum Klimaschutz',
                            'zur Stadtentwicklung', 'zur Digitalisierung der Verwaltung', 'über Transparenz im Rat',
                            'zum Radverkehr', 'zur Jugendbeteiligung', 'über Kultur im Quartier',
                            'zur Straßenplanung', 'über Ehrenamt'])[1 + (s.n / 8) % 12]
           || ' in ' || p.name,
       'Gemeinsam mit Verwaltung, Politik und Bürgerschaft sprechen wir über Ideen und nächste Schritte für '
           || p.name || '.',
       'Die Veranstaltung ' || s.n || ' richtet sich an alle Interessierten. '
           || (array['Wir stellen Entwürfe vor und sammeln Hinweise.', 'Es gibt Vorträge, Thementische und Zeit für Fragen.',
                     'Die Ergebnisse werden dokumentiert und veröffentlicht.', 'Für Getränke ist gesorgt.'])[1 + s.n % 4],
       '<p>Die Veranstaltung richtet sich an alle Interessierten.</p>',
       s.starts_at,
       s.starts_at + case when s.n % 50 = 0 then interval '2 days' else interval '150 minutes' end,
       'Europe/Berlin', false,
       (array['IN_PERSON', 'IN_PERSON', 'ONLINE', 'HYBRID'])[1 + s.n % 4],
       case when s.n % 4 >= 2 then 'https://meet.example.org/' || s.n end,
       case when s.n % 4 <> 2 then (array['Rathaus', 'Bürgerzentrum', 'Stadtbibliothek', 'Gesamtschule', 'Altes Rathaus'])[1 + s.n % 5] end,
       case when s.n % 4 <> 2 then 'Marktplatz ' || (1 + s.n % 40) end,
       case when s.n % 4 <> 2 then p.zip end,
       case when s.n % 4 <> 2 then p.name end,
       null,
       case when s.n % 4 <> 2 then case when p.ags like '05%' then 'NORDRHEIN_WESTFALEN'
                                        when p.ags like '07%' then 'RHEINLAND_PFALZ'
                                        when p.ags like '09%' then 'BAYERN' else 'BERLIN' end end,
       p.name, p.ags,
       case when p.ags like '05%' then 'NORDRHEIN_WESTFALEN' when p.ags like '07%' then 'RHEINLAND_PFALZ'
            when p.ags like '09%' then 'BAYERN' else 'BERLIN' end,
       s.n % 5 <> 0,
       case when s.n % 5 = 0 then '10 €, ermäßigt 5 €' end,
       (array['NONE', 'REQUESTED', 'REQUIRED', 'EXTERNAL'])[1 + s.n % 4],
       case when s.n % 4 = 2 then 50 end,
       array[(array['CITIZENS', 'POLITICIANS', 'ADMINISTRATION', 'RESEARCH', 'BUSINESS', 'CIVIL_SOCIETY', 'YOUTH',
                    'SENIORS', 'MEDIA'])[1 + s.n % 9]],
       array[(array['OPEN_GOVERNMENT', 'PARTICIPATION', 'TRANSPARENCY', 'OPEN_DATA', 'DIGITALISATION',
                    'CIVIC_ENGAGEMENT', 'COOPERATION', 'URBAN_DEVELOPMENT', 'MOBILITY', 'CLIMATE',
                    'PARTICIPATORY_BUDGET', 'EDUCATION', 'SOCIAL_AFFAIRS', 'CULTURE'])[1 + s.n % 14],
             (array['PARTICIPATION', 'OPEN_DATA', 'CLIMATE'])[1 + s.n % 3]],
       case when s.n % 3 = 0 then array['STEP_FREE_ACCESS', 'ACCESSIBLE_TOILET'] when s.n % 3 = 1 then array['STEP_FREE_ACCESS']
            else '{}'::text[] end,
       case when s.n % 97 = 0 then 1 else 0 end, 1, now(), now(),
       case when s.n % 51 = 0 then null else now() end
  from series s
  join numbered p on p.i = s.n % 18
on conflict (id) do nothing;

commit;
vacuum analyze event;
select count(*) filter (where status <> 'DRAFT') as public_events, count(*) as all_events from event;
