-- Questions organizers add to an event's registration form, the answers people give, and what stays of
-- the answers once their retention passed: the number of times each choice was given.

create table registration_question (
    id               uuid primary key,
    event_id         uuid        not null references event (id) on delete cascade,
    position         integer     not null,
    type             text        not null check (type in ('SHORT_TEXT', 'LONG_TEXT', 'ONE_CHOICE', 'SEVERAL_CHOICES',
                                                          'YES_NO', 'NUMBER')),
    label            text        not null,
    help             text,
    -- The choices offered now; answers keep the text of the choice as it was given.
    choices          text[]      not null default '{}',
    required         boolean     not null default false,
    purpose          text        not null,
    retention        text        not null check (retention in ('AFTER_EVENT', 'DAYS_AFTER_EVENT', 'WITH_REGISTRATION')),
    retention_days   integer check (retention_days between 1 and 3650),
    -- Art. 9 DSGVO: health, religion and the like; exported only in marked columns and fields.
    special_category boolean     not null default false,
    created_at       timestamptz not null,
    -- A question with answers is archived rather than deleted: its answers stay readable.
    archived_at      timestamptz,
    answers_deleted_at timestamptz,
    constraint registration_question_days check ((retention = 'DAYS_AFTER_EVENT') = (retention_days is not null))
);
create index registration_question_by_event on registration_question (event_id, position);

-- One row per registration and question; several values for several choices, else one.
create table registration_answer (
    registration_id uuid   not null references registration (id) on delete cascade,
    question_id     uuid   not null references registration_question (id) on delete cascade,
    answer_values   text[] not null,
    primary key (registration_id, question_id)
);
create index registration_answer_by_question on registration_answer (question_id);

-- What stays after the answers were deleted: how often each choice was given by people with a seat
-- ('' counts the answers to a question without choices).
create table registration_answer_count (
    question_id  uuid    not null references registration_question (id) on delete cascade,
    answer_value text    not null,
    answers      integer not null check (answers >= 0),
    primary key (question_id, answer_value)
);

-- The event page shows the registration form with its questions: kept public pages are rendered anew.
create trigger public_change_signal
    after insert or update or delete or truncate on registration_question
    for each statement execute function public_change_signal();
