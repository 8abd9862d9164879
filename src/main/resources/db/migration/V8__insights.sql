-- Program-manager dashboards (insights module): what they read that was not recorded before, and the
-- indexes their queries need at a program year's scale.

-- How each circle renewal ended: CONTINUED (a new term started) or DISBANDED.
create table circle_renewal (
    circle_id  bigint      not null references circle (id),
    term       integer     not null,
    outcome    varchar(10) not null,
    decided_at timestamptz not null,
    primary key (circle_id, term)
);
create index circle_renewal_decided_idx on circle_renewal (decided_at);
