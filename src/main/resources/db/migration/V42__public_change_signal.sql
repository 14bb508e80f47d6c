-- Tells every application copy that something public pages show has changed, so that each empties its
-- store of rendered pages (platform.web.RenderedPages). NOTIFY is delivered at commit, and several in
-- one transaction arrive as one. Add a trigger here for every new table a kept public page reads.
create function public_change_signal() returns trigger
    language plpgsql
as $$
begin
    perform pg_notify('ok_public_change', '');
    return null;
end
$$;

create trigger public_change_signal
    after insert or update or delete or truncate on event
    for each statement execute function public_change_signal();

create trigger public_change_signal
    after insert or update or delete or truncate on organization
    for each statement execute function public_change_signal();

create trigger public_change_signal
    after insert or update or delete or truncate on registration_tally
    for each statement execute function public_change_signal();

create trigger public_change_signal
    after insert or update or delete or truncate on registration_settings
    for each statement execute function public_change_signal();
