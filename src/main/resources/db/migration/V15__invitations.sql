-- Links that let a person set a password: invitations (for a directory entry, the account is created when the
-- link is used) and "Forgot password?" resets (for an account). Only the SHA-256 of the token is stored: a copy
-- of this table does not let anyone use a link.
create sequence password_link_seq increment by 50;

create table password_link (
    id          bigint primary key,
    token_hash  varchar(64)  not null unique,
    purpose     varchar(16)  not null check (purpose in ('INVITATION', 'RESET')),
    employee_id varchar(64)  references employee (employee_id) on delete cascade,
    account_id  bigint       references account (id) on delete cascade,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    -- Set when the link was used or replaced by a newer one: a link works once.
    closed_at   timestamptz,
    -- An invitation is for a directory entry, so no account is ever created without one.
    check ((purpose = 'INVITATION' and employee_id is not null) or (purpose = 'RESET' and account_id is not null))
);
create index password_link_employee_idx on password_link (employee_id, created_at) where closed_at is null;
create index password_link_account_idx on password_link (account_id, created_at);
