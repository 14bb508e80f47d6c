-- Reports of accessibility barriers (§ 12b BGG, § 7 BITV 2.0): what a visitor met on which page, with an
-- optional way to answer them. The operator answers within six weeks of created_at.
create table barrier_report (
    id            uuid primary key,
    page_address  text        not null,
    description   text        not null,
    contact_name  text,
    contact_email text,
    created_at    timestamptz not null
);
create index barrier_report_created_at on barrier_report (created_at desc);
