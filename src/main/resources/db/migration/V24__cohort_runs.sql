-- Cohort runs (matching module): one whole-cohort assignment as a program manager chose, reviewed and published
-- through cohort-matching.bpmn. Written only through CohortRunRecords.
create sequence cohort_run_seq increment by 50;
create table cohort_run (
    id                   bigint primary key,
    program              varchar(16)      not null,
    -- The choice; null = any. start_month is the mentees' hire month (its first day).
    start_month          date,
    site                 varchar(120),
    country              varchar(120),
    business_line        varchar(120),
    mentor_site          varchar(120),
    mentor_country       varchar(120),
    mentor_business_line varchar(120),
    status               varchar(20)      not null,
    computed_by          varchar(100)     not null,
    computed_at          timestamptz      not null,
    mentee_count         integer          not null,
    mentor_count         integer          not null,
    total_score          double precision not null,
    upper_bound          double precision not null,
    second_approval      boolean          not null default false,
    approver             varchar(100),
    note                 varchar(1000),
    version              integer          not null default 0
);
create index cohort_run_recent_idx on cohort_run (computed_at desc);

-- 10,000 pairs a run are inserted in JDBC batches: a sequence that hands out 50 ids at a time lets Hibernate batch.
create sequence cohort_run_pair_seq increment by 50;
create table cohort_run_pair (
    id                bigint primary key,
    run_id            bigint           not null references cohort_run (id) on delete cascade,
    mentee_account_id bigint           not null references account (id),
    mentor_account_id bigint           not null references account (id),
    score             double precision not null,
    -- As a match request keeps them (MatchReason.stored): keys, so the page says them in its reader's language.
    reasons           varchar(2000),
    locked            boolean          not null default false,
    -- Taken out by the program manager: kept so that a re-run never proposes the pair again.
    removed           boolean          not null default false,
    state             varchar(20)      not null,
    match_request_id  bigint,
    mentorship_id     bigint,
    -- Why publishing could not make the pair (English, for the audit).
    skipped_reason    varchar(500)
);
-- One pair per mentee in a run, removed ones aside.
create unique index cohort_run_pair_mentee_uk on cohort_run_pair (run_id, mentee_account_id) where not removed;
create index cohort_run_pair_run_idx on cohort_run_pair (run_id, removed, state);

create sequence cohort_run_unmatched_seq increment by 50;
create table cohort_run_unmatched (
    id                bigint primary key,
    run_id            bigint      not null references cohort_run (id) on delete cascade,
    mentee_account_id bigint      not null references account (id),
    reason            varchar(40) not null
);
create unique index cohort_run_unmatched_mentee_uk on cohort_run_unmatched (run_id, mentee_account_id);
