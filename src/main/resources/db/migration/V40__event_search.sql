-- Finding events: German full-text search, indexes for the public filters, and a catalog version
-- that public caches revalidate against.

-- Folds accents that the German stemmer does not know (é, ñ, ł, …) and upper-case umlauts, the
-- same way for documents and queries, without depending on the database's locale. ä, ö, ü and ß
-- stay: the German Snowball stemmer itself maps them to a, o, u and ss.
create function ok_search_fold(value text) returns text
    language sql
    immutable
    parallel safe
as $$
select translate(coalesce(value, ''),
                 'àÀáÁâÂãÃåÅāĀăĂąĄçÇćĆčČèÈéÉêÊëËēĒėĖęĘěĚìÌíÍîÎïÏīĪįĮıIñÑńŃňŇòÒóÓôÔõÕøØōŌőŐùÙúÚûÛūŪůŮűŰųŲýÝÿŸžŽźŹżŻšŠśŚşŞłŁđĐÄÖÜẞ',
                 'aaaaaaaaaaaaaaaacccccceeeeeeeeeeeeeeeeiiiiiiiiiiiiiinnnnnnoooooooooooooouuuuuuuuuuuuuuyyyyzzzzzzssssssllddäöüß')
$$;

alter table event add column search_document tsvector;

-- Title weighs most, then summary, then place and organizer, then the description. The
-- organizer's name is copied in when the event is saved; organizations cannot be renamed.
create function event_search_document() returns trigger
    language plpgsql
as $$
begin
    new.search_document :=
           setweight(to_tsvector('german', ok_search_fold(new.title)), 'A')
        || setweight(to_tsvector('german', ok_search_fold(new.summary)), 'B')
        || setweight(to_tsvector('german', ok_search_fold(concat_ws(' ',
               new.venue_name, new.venue_locality, new.venue_district, new.municipality_name,
               (select o.name from organization o where o.id = new.organization_id)))), 'C')
        || setweight(to_tsvector('german', ok_search_fold(new.description_markdown)), 'D');
    return new;
end
$$;

create trigger event_search_document
    before insert or update on event
    for each row execute function event_search_document();

update event set title = title;

create index event_search on event using gin (search_document) where status <> 'DRAFT';
create index event_public_by_end on event (ends_at) where status <> 'DRAFT';
create index event_public_by_municipality on event (municipality_ags, starts_at) where status <> 'DRAFT';
create index event_public_by_state on event (state, starts_at) where status <> 'DRAFT';
create index event_public_topics on event using gin (topics) where status <> 'DRAFT';
create index event_public_audiences on event using gin (audiences) where status <> 'DRAFT';
create index event_public_accessibility on event using gin (accessibility_features) where status <> 'DRAFT';

-- One row that changes with every committed change of any event: the validator of every public
-- list, feed and export. Bumped in the writing transaction, so a reader never sees the new
-- version with the old data.
create table event_catalog (
    id         boolean     primary key default true check (id),
    version    bigint      not null,
    changed_at timestamptz not null
);
insert into event_catalog (id, version, changed_at) values (true, 1, now());

create function event_catalog_touch() returns trigger
    language plpgsql
as $$
begin
    update event_catalog
       set version = version + 1,
           changed_at = clock_timestamp();
    return null;
end
$$;

create trigger event_catalog_touch
    after insert or update or delete or truncate on event
    for each statement execute function event_catalog_touch();
