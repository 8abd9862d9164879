-- Accounts, profiles and the mail outbox. Camunda keeps its own tables in the public schema.
create sequence account_seq increment by 50;

create table account (
    id            bigint primary key,
    username      varchar(64)  not null unique,
    email         varchar(254) not null,
    display_name  varchar(120) not null,
    password_hash varchar(100),
    active        boolean      not null default true,
    created_at    timestamptz  not null
);
create unique index account_email_lower_uk on account (lower(email));

create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(32) not null,
    primary key (account_id, role)
);

create table profile (
    account_id       bigint primary key references account (id) on delete cascade,
    wants_mentor     boolean not null default false,
    wants_mentee     boolean not null default false,
    wants_circles    boolean not null default false,
    time_zone        varchar(64),
    consent_given_at timestamptz,
    completed_at     timestamptz
);

create sequence outbox_message_seq increment by 50;

create table outbox_message (
    id              bigint primary key,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    body            text          not null,
    status          varchar(16)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(1000),
    created_at      timestamptz   not null,
    delivered_at    timestamptz
);
-- The sender only ever looks for due pending mail.
create index outbox_message_due_idx on outbox_message (next_attempt_at, id) where status = 'PENDING';
