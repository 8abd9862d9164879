-- The year-one journey: the module catalogue (admin-edited content) and what each pair records.
create table learning_module (
    number            smallint     primary key,
    title             varchar(120) not null,
    summary           varchar(1000) not null,
    release_month     smallint     not null check (release_month between 0 and 11),
    estimated_minutes smallint     not null,
    -- One action item per line.
    action_items      text         not null,
    -- One resource per line: kind|title|link (kind: reading, writing, video, huddle).
    resources         text         not null,
    mentor_insight    text         not null
);

insert into learning_module values
(1, 'Your first 30 days', 'Landing well: who is who, how work arrives, and what "good" looks like in your first month.', 0, 60,
 E'Meet your manager and agree on 30-60-90 day goals\nList ten people you should know and book coffee with three\nFind where your team writes things down',
 E'reading|The first 90 days: a short guide for new hires|https://example.com/first-90\nwriting|My three questions for week one|\nhuddle|New-hire circle call|',
 'Share what your own first month was like, including what you got wrong. Ask which part of the new routine feels least natural.'),
(2, 'Reading the culture', 'Unwritten rules: how decisions are made, how disagreement sounds, and how this differs from a military chain of command.', 2, 60,
 E'Watch how one decision gets made from start to finish\nWrite down three unwritten rules you have noticed\nAsk your mentor about one that puzzles you',
 E'video|How decisions get made here|https://example.com/decisions\nreading|From orders to influence|https://example.com/influence',
 'Talk about the difference between authority and influence. Offer an example where you changed a decision without owning it.'),
(3, 'Ownership and scope', 'Taking ownership without a mission order: choosing problems, saying no, and making your scope visible.', 4, 60,
 E'Write a one-page description of your scope\nPick one problem nobody owns and propose a first step\nAgree with your manager on what you will stop doing',
 E'writing|My scope on one page|\nreading|Owning outcomes, not tasks|https://example.com/ownership',
 'Ask how your mentee decides what not to do. Share how you protect your focus.'),
(4, 'Feedback and performance reviews', 'How performance is judged here, how to ask for feedback, and how to prepare your first review.', 6, 60,
 E'Ask two colleagues for one thing to keep and one to change\nDraft your self-review notes\nDiscuss the draft with your mentor',
 E'reading|How reviews work|https://example.com/reviews\nvideo|Asking for feedback that helps|https://example.com/feedback',
 'Walk through how you write a self-review. Be concrete about evidence and impact.'),
(5, 'Building your network', 'Beyond your team: communities, affinity networks and the people who can open doors.', 8, 60,
 E'Join one community or affinity network\nIntroduce yourself to someone two levels up\nOffer help to someone newer than you',
 E'huddle|Veterans network meet-up|\nreading|Networking without the awkwardness|https://example.com/network',
 'Introduce your mentee to two people in your network and tell them why.'),
(6, 'Planning year two', 'Looking back on the year and choosing where to grow next: role, skills and relationships.', 10, 60,
 E'List what you are proudest of this year\nChoose one skill to build next year\nDecide whether to keep meeting your mentor informally',
 E'writing|My year in one page|\nreading|Career conversations|https://example.com/career',
 'Help your mentee name their next step. Say honestly what you would do in their place.');

create table module_progress (
    mentorship_id bigint      not null,
    module_number smallint    not null references learning_module (number),
    items_done    varchar(200) not null default '',
    reflection    varchar(4000),
    completed_at  timestamptz,
    primary key (mentorship_id, module_number)
);

create table meeting (
    mentorship_id    bigint       not null,
    number           smallint     not null,
    scheduled_at     timestamptz,
    duration_minutes smallint,
    place            varchar(300),
    held             boolean,
    topics           varchar(2000),
    -- Visible to the pair only, never to program managers.
    private_notes    varchar(4000),
    action_items     varchar(2000),
    logged_by        bigint,
    logged_at        timestamptz,
    primary key (mentorship_id, number)
);

create table check_in (
    mentorship_id   bigint       not null,
    account_id      bigint       not null,
    month           smallint     not null,
    rating          smallint     not null check (rating between 1 and 5),
    helped          varchar(2000),
    to_change       varchar(2000),
    private_comment varchar(2000),
    answered_at     timestamptz  not null,
    primary key (mentorship_id, account_id, month)
);
