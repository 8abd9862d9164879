-- The zone a person's browser last reported: the last default for reading times, after the profile's choice and the
-- directory's column, so that mail can use it too (mail has no browser to ask).
create table browser_time_zone (
    account_id bigint      primary key references account (id) on delete cascade,
    time_zone  varchar(64) not null,
    seen_at    timestamptz not null
);
