-- Issue 14 §3: no account without a directory entry. Accounts made before (the first admin, demo people) get an
-- entry of their own, "local-<username>" (as AccountService makes them now), unless an entry has their e-mail
-- address; erased accounts keep none.
insert into employee (employee_id, full_name, email, employee_type, active)
select left('local-' || a.username, 58), a.display_name, a.email, 'REGULAR', a.active
from account a
where a.employee_id is null and a.email not like '%@erased.invalid'
  and not exists (select 1 from employee e where lower(e.email) = lower(a.email))
  and not exists (select 1 from employee e where e.employee_id = left('local-' || a.username, 58));

update account a set employee_id = e.employee_id
from employee e
where a.employee_id is null and lower(e.email) = lower(a.email) and a.email not like '%@erased.invalid'
  and not exists (select 1 from account o where o.employee_id = e.employee_id);
