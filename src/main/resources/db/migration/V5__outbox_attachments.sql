-- A mail may carry one small text attachment (a calendar invite).
alter table outbox_message
    add column attachment_name varchar(120),
    add column attachment_type varchar(100),
    add column attachment      text;
