-- A mail's bodies are rendered once the business transaction committed, not while it holds its locks:
-- the row is written with what rendering needs (language, subject arguments and template parameters)
-- and the bodies replace it right after the commit, or when the mail is sent if the application stopped
-- in between. Like the bodies, 'content' is personal data and is emptied when they are.
alter table outbox_mail
    add column locale  text,
    add column content jsonb;
