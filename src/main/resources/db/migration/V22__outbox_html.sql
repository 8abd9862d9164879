-- A mail's HTML part beside its plain text (body). Mail written before has none and is still sent as text.
alter table outbox_message
    add column html text;
