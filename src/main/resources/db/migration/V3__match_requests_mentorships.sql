-- Match requests and mentorships (matching module). Status changes only through MatchRequests, which the
-- match-request process calls; every transition is kept in match_request_event.
create sequence match_request_seq increment by 50;
create table match_request (
    id                bigint primary key,
    mentee_account_id bigint       not null references account (id),
    mentor_account_id bigint       not null references account (id),
    program           varchar(16)  not null,
    note              varchar(1000) not null,
    status            varchar(20)  not null,
    score             integer,
    reasons           varchar(1000),
    approval_reason   varchar(200),
    decision_reason   varchar(60),
    decision_text     varchar(1000),
    created_at        timestamptz  not null,
    expires_at        timestamptz,
    closed_at         timestamptz,
    version           integer      not null default 0
);
-- One open request per mentee and mentor, whatever races happen.
create unique index match_request_open_pair_uk on match_request (mentee_account_id, mentor_account_id)
    where status in ('PENDING_APPROVAL', 'PENDING');
create index match_request_mentee_idx on match_request (mentee_account_id, status);
create index match_request_mentor_idx on match_request (mentor_account_id, status);

create table match_request_event (
    id         bigserial    primary key,
    request_id bigint       not null references match_request (id) on delete cascade,
    at         timestamptz  not null,
    status     varchar(20)  not null,
    detail     varchar(1000)
);
create index match_request_event_request_idx on match_request_event (request_id, at);

create sequence mentorship_seq increment by 50;
create table mentorship (
    id                bigint primary key,
    request_id        bigint      not null unique references match_request (id),
    mentee_account_id bigint      not null references account (id),
    mentor_account_id bigint      not null references account (id),
    program           varchar(16) not null,
    status            varchar(16) not null,
    started_at        timestamptz not null,
    ended_at          timestamptz,
    end_reason        varchar(200)
);
-- At most one active mentorship per mentee and program.
create unique index mentorship_active_mentee_uk on mentorship (mentee_account_id, program) where status = 'ACTIVE';
create index mentorship_mentor_idx on mentorship (mentor_account_id, status);
