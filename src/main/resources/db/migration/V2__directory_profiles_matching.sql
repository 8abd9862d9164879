-- The employee directory (imported from HR), the full mentoring profile, and matching settings.
create table employee (
    employee_id   varchar(64)  primary key,
    full_name     varchar(200) not null,
    email         varchar(254) not null,
    employee_type varchar(32)  not null,
    site          varchar(120),
    country       varchar(2),
    time_zone     varchar(64),
    business_line varchar(120),
    organisation  varchar(120),
    job_family    varchar(120),
    level         smallint,
    hire_date     date,
    manager_id    varchar(64),
    languages     varchar(200),
    active        boolean      not null default true
);
create unique index employee_email_lower_uk on employee (lower(email));

alter table account add column employee_id varchar(64) references employee (employee_id);
create unique index account_employee_uk on account (employee_id);

-- Topics people want to grow in (mentees) or can help with (mentors); a managed list.
create table topic (
    id    smallint primary key,
    name  varchar(80) not null unique
);
insert into topic (id, name) values
    (1, 'Career growth'), (2, 'Leadership'), (3, 'Transition from the military'), (4, 'Technical skills'),
    (5, 'Navigating the company'), (6, 'Work-life balance'), (7, 'Networking'), (8, 'Public speaking'),
    (9, 'Project management'), (10, 'People management'), (11, 'Customer focus'), (12, 'Data and analytics'),
    (13, 'Communication'), (14, 'Building confidence'), (15, 'Finance and budgeting'), (16, 'Sales');

alter table profile
    add column programs            varchar(64)  not null default '',
    add column goal_topics         varchar(200) not null default '',
    add column goals_text          varchar(1000),
    add column strength_topics     varchar(200) not null default '',
    add column meeting_mode        varchar(16),
    add column bio                 varchar(2000),
    add column service_relation    varchar(24),
    add column service_branch      varchar(40),
    add column service_years       smallint,
    add column rank_band           varchar(24),
    add column service_specialty   varchar(120),
    add column transition_year     smallint,
    add column mentor_capacity     smallint     not null default 2,
    add column accepting_requests  boolean      not null default true,
    add column updated_at          timestamptz;

create table matching_weight (
    program   varchar(16) not null,
    criterion varchar(32) not null,
    weight    smallint    not null check (weight between 0 and 100),
    primary key (program, criterion)
);

create table bookmark (
    mentee_account_id bigint      not null references account (id) on delete cascade,
    mentor_account_id bigint      not null references account (id) on delete cascade,
    created_at        timestamptz not null,
    primary key (mentee_account_id, mentor_account_id)
);

create sequence audit_entry_seq increment by 50;
create table audit_entry (
    id         bigint primary key,
    at         timestamptz  not null,
    actor      varchar(64)  not null,
    action     varchar(64)  not null,
    details    varchar(4000) not null
);
create index audit_entry_at_idx on audit_entry (at desc);
