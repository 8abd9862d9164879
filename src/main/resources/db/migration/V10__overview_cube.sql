-- The program overview's figures, already summed for every combination of its filters (program, cohort, country,
-- site, business line): a program manager's overview reads a few hundred rows by one key instead of a year's
-- requests, mentorships and meetings. Rebuilt from the domain tables by OverviewCube (every minute by default),
-- so figures are at most that old; the time of the last rebuild is shown with them.
create table overview_cube (
    -- program|cohort|country|site|business line (separated by the unit separator), '*' for a filter not set
    filter_key text             not null,
    figure     text             not null,
    month      date             not null,
    -- a learning module's number, or a duration class for medians; 0 otherwise
    bucket     integer          not null default 0,
    a          double precision not null,
    b          double precision not null default 0
);
create index overview_cube_filter_idx on overview_cube (filter_key);

create table overview_cube_refresh (
    id           integer     primary key check (id = 1),
    refreshed_at timestamptz not null,
    took_ms      bigint      not null,
    cube_rows    bigint      not null
);
