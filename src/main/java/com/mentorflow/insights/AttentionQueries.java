package com.mentorflow.insights;

/**
 * The SQL behind each "Needs attention" list: one row per item with id, since, subject, detail and link (MODULES also
 * the open task's id, named by its module). Kept apart so AttentionLists holds paging, counting, nudges and export.
 */
final class AttentionQueries {

    private AttentionQueries() {
    }

    static String of(AttentionLists.Kind kind) {
        return switch (kind) {
            case REQUESTS -> """
                    select r.id, r.created_at as since, me.display_name || ' asked ' || mo.display_name as subject,
                           case when r.status = 'PENDING' then 'waiting for the mentor' else 'waiting for a program manager' end
                           || ' (' || lower(r.program) || ')' as detail, null as link
                    from mentorflow.match_request r join mentorflow.account me on me.id = r.mentee_account_id
                    join mentorflow.account mo on mo.id = r.mentor_account_id
                    where r.status in ('PENDING', 'PENDING_APPROVAL') and r.created_at < :requestsBefore""";
            case MENTORSHIPS -> """
                    select m.id, coalesce(m.last_held_at, m.started_at) as since,
                           'Mentorship of ' || me.display_name || ' with ' || mo.display_name as subject,
                           case when m.missed_in_a_row >= 2 then 'the last ' || m.missed_in_a_row || ' meetings were missed'
                                else 'no meeting held in 45 days' end as detail,
                           'insights/mentorships/' || m.id as link
                    from mentorflow.mentorship m join mentorflow.account me on me.id = m.mentee_account_id
                    join mentorflow.account mo on mo.id = m.mentor_account_id
                    where m.status = 'ACTIVE' and (m.missed_in_a_row >= 2 or coalesce(m.last_held_at, m.started_at) < :quietSince)""";
            case MODULES -> """
                    select m.id, t.create_time_ as since,
                           'Mentorship of ' || me.display_name || ' with ' || mo.display_name as subject,
                           t.name_ as detail, 'insights/mentorships/' || m.id as link, t.id_ as task_id
                    from public.act_ru_task t
                    join public.act_ru_execution pi on pi.id_ = t.proc_inst_id_
                    join mentorflow.mentorship m on cast(m.id as varchar) = pi.business_key_
                    join mentorflow.account me on me.id = m.mentee_account_id
                    join mentorflow.account mo on mo.id = m.mentor_account_id
                    where t.task_def_key_ = 'Task_CompleteModule' and t.create_time_ < :modulesBefore
                      and m.status = 'ACTIVE'""";
            case UNPUBLISHED -> """
                    select c.id, c.proposed_at as since, 'Circle ' || c.name as subject,
                           (select count(*) from mentorflow.circle_membership cm where cm.circle_id = c.id
                             and cm.status = 'APPROVED') || ' people, manager ' || coalesce(a.display_name, 'none') as detail,
                           'circle/' || c.id as link
                    from mentorflow.circle c left join mentorflow.account a on a.id = c.manager_account_id
                    where c.status = 'RECRUITING' and c.proposed_at < :unpublishedBefore""";
            case RENEWALS -> """
                    select c.id, c.term_ends_at as since, 'Circle ' || c.name as subject,
                           'term ' || c.term || ' ended, manager ' || coalesce(a.display_name, 'none') as detail,
                           'circle/' || c.id as link
                    from mentorflow.circle c left join mentorflow.account a on a.id = c.manager_account_id
                    where c.status = 'RENEWAL_PENDING'""";
            // Issue 14 §6: a mentorship is not ended because someone was deactivated; a program manager decides.
            case LEAVERS -> """
                    select m.id, coalesce((select max(e.at) from mentorflow.audit_entry e
                               join mentorflow.audit_entry_subject s on s.entry_id = e.id
                               where e.action = 'person.deactivated'
                                 and s.account_id in (m.mentee_account_id, m.mentor_account_id)), m.started_at) as since,
                           'Mentorship of ' || me.display_name || ' with ' || mo.display_name as subject,
                           case when me.active and coalesce(mee.active, true) then 'the mentor ' || mo.display_name
                                else 'the mentee ' || me.display_name end
                           || ' is deactivated; the mentorship is still running' as detail,
                           'insights/mentorships/' || m.id as link
                    from mentorflow.mentorship m join mentorflow.account me on me.id = m.mentee_account_id
                    join mentorflow.account mo on mo.id = m.mentor_account_id
                    left join mentorflow.employee mee on mee.employee_id = me.employee_id
                    left join mentorflow.employee moe on moe.employee_id = mo.employee_id
                    where m.status = 'ACTIVE' and not (me.active and coalesce(mee.active, true)
                                                       and mo.active and coalesce(moe.active, true))""";
        };
    }
}
