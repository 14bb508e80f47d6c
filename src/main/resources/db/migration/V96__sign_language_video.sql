-- Videos in Deutsche Gebärdensprache (§ 4 BITV 2.0), one per topic, uploaded by the operator and served by
-- the platform itself, each with WebVTT captions and a text alternative.
create table sign_language_video (
    topic        text        primary key,
    content_type text        not null check (content_type in ('video/mp4', 'video/webm')),
    video        bytea       not null,
    captions_vtt text        not null,
    transcript   text        not null,
    uploaded_at  timestamptz not null
);
