package com.mentorflow.insights;

import com.mentorflow.platform.Sentence;
import com.mentorflow.tasks.TaskNames;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * The SQL behind each "Needs attention" list and how a row reads: the query gives names, states and counts, and
 * {@link #item} makes of them what the row is about and why, as {@link Sentence}s, so that each reader (the view,
 * the CSV, a nudged person's mail) reads them in their own language. Kept apart so AttentionLists holds paging,
 * counting, nudges and export.
 */
final class AttentionQueries {

    private AttentionQueries() {
    }

    static String of(AttentionLists.Kind kind) {
        return switch (kind) {
            case REQUESTS -> """
                    select r.id, r.created_at as since, me.display_name as mentee, mo.display_name as mentor,
                           r.status = 'PENDING' as with_mentor, r.program, null as link
                    from mentorflow.match_request r join mentorflow.account me on me.id = r.mentee_account_id
                    join mentorflow.account mo on mo.id = r.mentor_account_id
                    where r.status in ('PENDING', 'PENDING_APPROVAL') and r.created_at < :requestsBefore""";
            case MENTORSHIPS -> """
                    select m.id, coalesce(m.last_held_at, m.started_at) as since,
                           me.display_name as mentee, mo.display_name as mentor, m.missed_in_a_row as missed,
                           'insights/mentorships/' || m.id as link
                    from mentorflow.mentorship m join mentorflow.account me on me.id = m.mentee_account_id
                    join mentorflow.account mo on mo.id = m.mentor_account_id
                    where m.status = 'ACTIVE' and (m.missed_in_a_row >= 2 or coalesce(m.last_held_at, m.started_at) < :quietSince)""";
            case MODULES -> """
                    select m.id, t.create_time_ as since, me.display_name as mentee, mo.display_name as mentor,
                           t.name_ as task_name, 'insights/mentorships/' || m.id as link, t.id_ as task_id
                    from public.act_ru_task t
                    join public.act_ru_execution pi on pi.id_ = t.proc_inst_id_
                    join mentorflow.mentorship m on cast(m.id as varchar) = pi.business_key_
                    join mentorflow.account me on me.id = m.mentee_account_id
                    join mentorflow.account mo on mo.id = m.mentor_account_id
                    where t.task_def_key_ = 'Task_CompleteModule' and t.create_time_ < :modulesBefore
                      and m.status = 'ACTIVE'""";
            case UNPUBLISHED -> """
                    select c.id, c.proposed_at as since, c.name as circle,
                           (select count(*) from mentorflow.circle_membership cm where cm.circle_id = c.id
                             and cm.status = 'APPROVED') as people, a.display_name as manager,
                           'circle/' || c.id as link
                    from mentorflow.circle c left join mentorflow.account a on a.id = c.manager_account_id
                    where c.status = 'RECRUITING' and c.proposed_at < :unpublishedBefore""";
            case RENEWALS -> """
                    select c.id, c.term_ends_at as since, c.name as circle, c.term, a.display_name as manager,
                           'circle/' || c.id as link
                    from mentorflow.circle c left join mentorflow.account a on a.id = c.manager_account_id
                    where c.status = 'RENEWAL_PENDING'""";
            // Issue 14 §6: a mentorship is not ended because someone was deactivated; a program manager decides.
            case LEAVERS -> """
                    select m.id, coalesce((select max(e.at) from mentorflow.audit_entry e
                               join mentorflow.audit_entry_subject s on s.entry_id = e.id
                               where e.action = 'person.deactivated'
                                 and s.account_id in (m.mentee_account_id, m.mentor_account_id)), m.started_at) as since,
                           me.display_name as mentee, mo.display_name as mentor,
                           me.active and coalesce(mee.active, true) as mentor_left,
                           'insights/mentorships/' || m.id as link
                    from mentorflow.mentorship m join mentorflow.account me on me.id = m.mentee_account_id
                    join mentorflow.account mo on mo.id = m.mentor_account_id
                    left join mentorflow.employee mee on mee.employee_id = me.employee_id
                    left join mentorflow.employee moe on moe.employee_id = mo.employee_id
                    where m.status = 'ACTIVE' and not (me.active and coalesce(mee.active, true)
                                                       and mo.active and coalesce(moe.active, true))""";
        };
    }

    /** A row of {@link #of}'s query as the list shows it. */
    static AttentionLists.Item item(AttentionLists.Kind kind, ResultSet row, TaskNames taskNames) throws SQLException {
        Timestamp since = row.getTimestamp("since");
        return new AttentionLists.Item(kind, row.getLong("id"), about(kind, row), why(kind, row, taskNames),
                since == null ? null : since.toInstant(), row.getString("link"));
    }

    private static Sentence about(AttentionLists.Kind kind, ResultSet row) throws SQLException {
        return switch (kind) {
            case REQUESTS -> Sentence.of("insights.attention.about.request", row.getString("mentee"), row.getString("mentor"));
            case MENTORSHIPS, MODULES, LEAVERS -> Sentence.of("insights.attention.about.mentorship", row.getString("mentee"),
                    row.getString("mentor"));
            case UNPUBLISHED, RENEWALS -> Sentence.of("insights.attention.about.circle", row.getString("circle"));
        };
    }

    private static Sentence why(AttentionLists.Kind kind, ResultSet row, TaskNames taskNames) throws SQLException {
        return switch (kind) {
            case REQUESTS -> Sentence.of(row.getBoolean("with_mentor") ? "insights.attention.why.waitingForMentor"
                    : "insights.attention.why.waitingForManager", Sentence.of("insights.attention.program." + row.getString("program")));
            case MENTORSHIPS -> row.getInt("missed") >= 2
                    ? Sentence.of("insights.attention.why.missedMeetings", row.getInt("missed"))
                    : Sentence.of("insights.attention.why.noMeeting");
            // The model names the task once for every module; the journey module says which one this is, in the
            // language of whoever reads the list now (a nudged person's mail says it so too).
            case MODULES -> Sentence.of("insights.attention.why.moduleOpen",
                    taskNames.of(row.getString("task_id")).orElse(row.getString("task_name")));
            case UNPUBLISHED -> managed(Sentence.of("insights.attention.why.people", row.getInt("people")), row);
            case RENEWALS -> managed(Sentence.of("insights.attention.why.termEnded", row.getInt("term")), row);
            case LEAVERS -> row.getBoolean("mentor_left")
                    ? Sentence.of("insights.attention.why.mentorLeft", row.getString("mentor"))
                    : Sentence.of("insights.attention.why.menteeLeft", row.getString("mentee"));
        };
    }

    private static Sentence managed(Sentence what, ResultSet row) throws SQLException {
        String manager = row.getString("manager");
        return manager == null ? Sentence.of("insights.attention.why.noManager", what)
                : Sentence.of("insights.attention.why.manager", what, manager);
    }
}
