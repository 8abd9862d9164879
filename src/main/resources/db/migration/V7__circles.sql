-- Circles: group mentoring for 3-10 regular employees (circles module). Statuses change only through
-- Circles, which people and the circle-lifecycle process call.

-- Affinity networks a circle may belong to (a managed list, like topics).
create table affinity_network (
    id   integer     primary key,
    name varchar(80) not null unique
);
insert into affinity_network (id, name) values
    (1, 'Veterans network'), (2, 'Women in technology'), (3, 'Pride network'), (4, 'Disability and neurodiversity network'),
    (5, 'Black employee network'), (6, 'Latinx employee network'), (7, 'Asian and Pacific Islander network'),
    (8, 'Parents and carers network'), (9, 'Early-career network');

-- What Education meetings study; admins edit it on "Education topics".
create sequence education_topic_seq;
create table education_topic (
    id          bigint       primary key default nextval('education_topic_seq'),
    title       varchar(120) not null,
    description varchar(1000) not null,
    active      boolean      not null default true
);
create unique index education_topic_title_uk on education_topic (lower(title));
insert into education_topic (title, description) values
    ('Giving and receiving feedback', 'Practise feedback that is specific, kind and useful, and how to ask for it.'),
    ('Influence without authority', 'Moving a decision forward when you do not own it: allies, evidence and timing.'),
    ('Managing your career', 'Career conversations, promotion cases and choosing your next step.'),
    ('Presenting with confidence', 'Structuring a message and delivering it to a room or a call.'),
    ('Negotiation basics', 'Interests, options and walking away: negotiating scope, salary and deadlines.'),
    ('Time and energy', 'Priorities, saying no and protecting focus time.'),
    ('Building a network', 'Finding sponsors and peers beyond your team and keeping in touch.'),
    ('Leading through change', 'Helping a team through reorganisations and shifting goals.');

create sequence circle_seq increment by 50;
create table circle (
    id                 bigint primary key,
    name               varchar(80)   not null,
    topics             varchar(200)  not null,
    description        varchar(2000) not null,
    affinity_network   integer       references affinity_network (id),
    language           varchar(8)    not null,
    time_zone          varchar(64)   not null,
    meeting_mode       varchar(16)   not null,
    max_size           integer       not null check (max_size between 3 and 10),
    status             varchar(20)   not null,
    manager_account_id bigint        references account (id),
    term               integer       not null default 0,
    proposed_at        timestamptz   not null,
    published_at       timestamptz,
    term_started_at    timestamptz,
    term_ends_at       timestamptz,
    ended_at           timestamptz,
    end_reason         varchar(1000),
    version            integer       not null default 0
);
create index circle_status_idx on circle (status);

create sequence circle_membership_seq increment by 50;
create table circle_membership (
    id              bigint primary key,
    circle_id       bigint        not null references circle (id),
    account_id      bigint        not null references account (id),
    role            varchar(10)   not null,
    status          varchar(10)   not null,
    note            varchar(1000),
    -- What the manager was warned about and overrode (third advisor, advisor not above the members).
    override_reason varchar(500),
    decline_reason  varchar(1000),
    requested_at    timestamptz   not null,
    decided_at      timestamptz,
    left_at         timestamptz,
    version         integer       not null default 0
);
-- One open or approved membership per person and circle, whatever races happen.
create unique index circle_membership_current_uk on circle_membership (circle_id, account_id)
    where status in ('REQUESTED', 'APPROVED');
create index circle_membership_account_idx on circle_membership (account_id, status);

create table circle_meeting (
    circle_id          bigint       not null references circle (id),
    number             integer      not null,
    kind               varchar(12)  not null,
    education_topic_id bigint       references education_topic (id),
    theme              varchar(200),
    scheduled_at       timestamptz,
    duration_minutes   integer,
    link               varchar(300),
    -- Account ids of the people who came, comma-separated.
    attended           varchar(400),
    summary            varchar(4000),
    held_at            timestamptz,
    primary key (circle_id, number)
);

create table circle_vote (
    circle_id  bigint      not null references circle (id),
    term       integer     not null,
    account_id bigint      not null references account (id),
    vote       varchar(10) not null,
    voted_at   timestamptz not null,
    primary key (circle_id, term, account_id)
);

create table circle_feedback (
    circle_id   bigint        not null references circle (id),
    account_id  bigint        not null references account (id),
    rating      integer       not null check (rating between 1 and 5),
    comment     varchar(2000),
    answered_at timestamptz   not null,
    primary key (circle_id, account_id)
);
