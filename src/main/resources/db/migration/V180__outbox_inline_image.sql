-- A picture the HTML body shows inline (cid:), e.g. the admission code; rendered with the bodies after the
-- commit and erased with them once the mail server took the mail.
alter table outbox_mail
    add column inline_image_id   text,
    add column inline_image_type text,
    add column inline_image      bytea;
