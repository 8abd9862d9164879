-- Open mentoring runs for a length the pair agrees at the start (proposed with the request, 3-12 months);
-- the pair keeps shared goals they tick off.
alter table match_request add column length_months integer not null default 12 check (length_months between 3 and 12);
alter table mentorship add column length_months integer not null default 12;

create sequence mentorship_goal_seq increment by 50;
create table mentorship_goal (
    id            bigint       primary key,
    mentorship_id bigint       not null references mentorship (id) on delete cascade,
    text          varchar(300) not null,
    created_by    bigint       not null,
    created_at    timestamptz  not null,
    done_at       timestamptz
);
create index mentorship_goal_mentorship_idx on mentorship_goal (mentorship_id);
