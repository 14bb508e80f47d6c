-- With a mail server, a sent mail keeps only what delivery tracking needs (id, template, status, times,
-- attempts, error): recipient, subject, bodies and attachment are emptied once the server took it.
-- 'reference' names what a mail is about (e.g. 'registration:<id>'), so that it can be forgotten with it;
-- a pending mail forgotten that way is never sent ('DISCARDED').
alter table outbox_mail
    alter column recipient drop not null,
    alter column subject drop not null,
    alter column body_text drop not null,
    alter column body_html drop not null,
    add column reference text;

alter table outbox_mail
    drop constraint outbox_mail_status_check,
    add constraint outbox_mail_status_check
        check (status in ('PENDING', 'SENT', 'CAPTURED', 'FAILED', 'DISCARDED'));

create index outbox_mail_reference on outbox_mail (reference) where reference is not null;
create index outbox_mail_pending_recipient on outbox_mail (lower(recipient)) where recipient is not null;
