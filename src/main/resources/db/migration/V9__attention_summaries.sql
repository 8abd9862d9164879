-- What the program managers' attention lists ask of a year's 60,000 mentorships, kept on the mentorship itself
-- (written with each logged meeting) so the lists read an index instead of every meeting.
alter table mentorship
    add column last_held_at    timestamptz,
    add column missed_in_a_row integer not null default 0;
update mentorship m set last_held_at = (select max(g.logged_at) from meeting g where g.mentorship_id = m.id and g.held);
update mentorship m set missed_in_a_row = (select count(*) from meeting g where g.mentorship_id = m.id and g.held = false
    and g.number > coalesce((select max(h.number) from meeting h where h.mentorship_id = m.id and h.held), 0));

create index mentorship_quiet_idx on mentorship ((coalesce(last_held_at, started_at))) where status = 'ACTIVE';
create index mentorship_missed_idx on mentorship (missed_in_a_row) where status = 'ACTIVE' and missed_in_a_row >= 2;
create index match_request_waiting_idx on match_request (created_at) where status in ('PENDING', 'PENDING_APPROVAL');
create index circle_recruiting_idx on circle (proposed_at) where status = 'RECRUITING';
