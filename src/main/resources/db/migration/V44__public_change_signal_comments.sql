-- Event pages show the discussion: its changes empty the stores of rendered pages too (see V42).
create trigger public_change_signal
    after insert or update or delete or truncate on event_comment
    for each statement execute function public_change_signal();

create trigger public_change_signal
    after insert or update or delete or truncate on comment_settings
    for each statement execute function public_change_signal();
