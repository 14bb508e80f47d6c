-- Background work of all application copies (db-scheduler) and the mail outbox.

create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- A mail is written here in the business transaction and sent by the task 'send-mail' after commit.
-- Contents are rendered when queued; sent mails are deleted after the retention period.
create table outbox_mail (
    id              uuid primary key,
    dedup_key       text unique,
    template        text        not null,
    recipient       text        not null,
    subject         text        not null,
    body_text       text        not null,
    body_html       text        not null,
    attachment_name text,
    attachment_type text,
    attachment      bytea,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'CAPTURED', 'FAILED')),
    attempts        integer     not null default 0,
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz
);
create index outbox_mail_status on outbox_mail (status, created_at);
