-- The image of an event and its renditions: the upload is decoded and re-encoded, its original is never kept.
-- The key is derived from the content, so an image's addresses never change and may be cached for good.
create table event_image (
    event_id     uuid        primary key references event (id) on delete cascade,
    image_key    text        not null unique,
    alt_text     text        not null,
    credit       text,
    content_type text        not null check (content_type in ('image/jpeg', 'image/png')),
    width        integer     not null check (width > 0),
    height       integer     not null check (height > 0),
    uploaded_at  timestamptz not null
);

create table event_image_rendition (
    image_key text    not null references event_image (image_key) on delete cascade,
    width     integer not null check (width > 0),
    height    integer not null check (height > 0),
    content   bytea   not null,
    primary key (image_key, width)
);

-- Documents attached to an event (programme, slides, minutes); the type was told by the content.
create table event_document (
    id           uuid        primary key,
    event_id     uuid        not null references event (id) on delete cascade,
    title        text        not null,
    language     text        not null,
    content_type text        not null,
    extension    text        not null,
    size_bytes   bigint      not null check (size_bytes > 0),
    content      bytea       not null,
    uploaded_at  timestamptz not null
);

create index event_document_event on event_document (event_id, uploaded_at);

-- Event pages, cards and feeds show images and documents: their changes empty the stores of rendered pages
-- too (see V42).
create trigger public_change_signal
    after insert or update or delete or truncate on event_image
    for each statement execute function public_change_signal();

create trigger public_change_signal
    after insert or update or delete or truncate on event_document
    for each statement execute function public_change_signal();

-- Feeds, exports and the API carry images and documents: their changes are catalog changes (see V40).
create trigger event_catalog_touch
    after insert or update or delete or truncate on event_image
    for each statement execute function event_catalog_touch();

create trigger event_catalog_touch
    after insert or update or delete or truncate on event_document
    for each statement execute function event_catalog_touch();
