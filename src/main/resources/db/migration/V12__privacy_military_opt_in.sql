-- Military background is seen only by the person, their matched partner and the matching engine, unless the
-- person chooses to show it to people they are not matched with. Off unless they choose it.
alter table profile add column show_military boolean not null default false;

-- Who an audit entry is about besides its actor (the people a manager's decision concerns), so that
-- "Download my data" holds the entries about a person and not only those they wrote.
create table audit_entry_subject (
    entry_id   bigint not null references audit_entry (id) on delete cascade,
    account_id bigint not null,
    primary key (entry_id, account_id)
);
create index audit_entry_subject_account_idx on audit_entry_subject (account_id);

-- Each suggestion request looks up the mentee's partners (matched partners may see each other's background);
-- past mentorships were not indexed by mentee.
create index mentorship_mentee_idx on mentorship (mentee_account_id);
