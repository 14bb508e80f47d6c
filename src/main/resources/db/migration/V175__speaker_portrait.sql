-- The optional portrait of a programme speaker, decoded and re-encoded like event images (see V125); shown in
-- public only while the speaker agreed to be named. Deleting the speaker deletes the portrait.
create table speaker_portrait (
    speaker_id   uuid        primary key references programme_speaker (id) on delete cascade,
    image_key    text        not null unique,
    alt_text     text        not null,
    content_type text        not null check (content_type in ('image/jpeg', 'image/png')),
    uploaded_at  timestamptz not null
);

create table speaker_portrait_rendition (
    image_key text    not null references speaker_portrait (image_key) on delete cascade,
    width     integer not null check (width > 0),
    height    integer not null check (height > 0),
    content   bytea   not null,
    primary key (image_key, width)
);

create trigger public_change_signal
    after insert or update or delete or truncate on speaker_portrait
    for each statement execute function public_change_signal();
