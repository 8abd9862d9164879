package com.mentorflow.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of each overview figure at its finest grain, read from the domain tables of matching, journey, circles and
 * people (the insights read model is the stated exception to module walls, see package-info); {@link OverviewCube}
 * runs them into its temporary fact table on every rebuild.
 */
final class OverviewFacts {

    static final String PERSON = """
            join mentorflow.account fa on fa.id = %s
            left join mentorflow.employee fe on fe.employee_id = fa.employee_id""";
    static final String DIMENSIONS = "fe.country, fe.site, fe.business_line";

    private OverviewFacts() {
    }

    static String month(String column) {
        return "cast(date_trunc('month', " + column + ") as date)";
    }

    static String durationClass(String seconds) {
        return "cast(floor(ln(greatest(" + seconds + ", 1)) * " + OverviewCube.CLASSES_PER_E + ") as integer)";
    }

    /**
     * Each figure at its finest grain: (figure, month, program, cohort, country, site, business line, bucket, a, b).
     * Stocks count at each month's end (now for the current month); flows count within their month.
     */
    static List<String> all() {
        String group = " group by 1, 2, 3, 4, 5, 6, 7, 8";
        List<String> facts = new ArrayList<>();
        for (String role : List.of("mentee", "mentor")) {
            facts.add("select '" + role + "s', e.month, pp.program, " + month("pp.created_at") + ", pp.country, pp.site, "
                    + "pp.business_line, 0, count(*), 0 from overview_profile pp join overview_month e on pp.created_at < e.month_end"
                    + " where pp.wants_" + role + group);
        }
        facts.add("select 'free-capacity', x.month, pp.program, " + month("pp.created_at") + ", pp.country, pp.site, "
                + "pp.business_line, 0, count(*), 0 from overview_profile pp join ("
                + " select p.account_id, e.month, count(m.id) filter (where m.started_at < e.month_end and (m.ended_at is null"
                + " or m.ended_at >= e.month_end)) as active from mentorflow.profile p join mentorflow.account fa on fa.id = p.account_id"
                + " join overview_month e on fa.created_at < e.month_end"
                + " left join mentorflow.mentorship m on m.mentor_account_id = p.account_id"
                + " where p.wants_mentor and p.accepting_requests and fa.active group by p.account_id, e.month"
                + ") x on x.account_id = pp.account_id where pp.mentor_capacity > x.active" + group);

        String request = " from mentorflow.match_request r " + PERSON.formatted("r.mentee_account_id");
        String requestDims = "r.program, " + month("r.created_at") + ", " + DIMENSIONS;
        facts.add("select 'open-requests', e.month, " + requestDims + ", 0, count(*), 0" + request
                + " join overview_month e on r.created_at < e.month_end and (r.closed_at is null or r.closed_at >= e.month_end)"
                + " where (r.closed_at is null or r.closed_at >= :yearStart)" + group);
        facts.add("select 'open-request-age', " + month(":now") + ", " + requestDims + ", "
                + durationClass("extract(epoch from (:now - r.created_at))") + ", count(*), 0" + request
                + " where r.status in ('PENDING', 'PENDING_APPROVAL')" + group);
        facts.add("select 'answered', " + month("r.closed_at") + ", " + requestDims + ", 0, count(*) filter (where "
                + "r.status = 'ACCEPTED'), count(*)" + request + " where r.closed_at >= :yearStart and r.closed_at < :now"
                + " and r.status in ('ACCEPTED', 'DECLINED', 'EXPIRED', 'REJECTED')" + group);
        facts.add("select 'time-to-match', " + month("r.closed_at") + ", " + requestDims + ", "
                + durationClass("extract(epoch from (r.closed_at - r.created_at))") + ", count(*), 0" + request
                + " where r.status = 'ACCEPTED' and r.closed_at >= :yearStart and r.closed_at < :now" + group);

        String mentorship = " from mentorflow.mentorship m " + PERSON.formatted("m.mentee_account_id");
        String mentorshipDims = "m.program, " + month("m.started_at") + ", " + DIMENSIONS;
        facts.add("select 'active-mentorships', e.month, " + mentorshipDims + ", 0, count(*), 0" + mentorship
                + " join overview_month e on m.started_at < e.month_end and (m.ended_at is null or m.ended_at >= e.month_end)"
                + " where (m.ended_at is null or m.ended_at >= :yearStart)" + group);
        String slot = "m.started_at + k * cast(:month as interval)";
        facts.add("select 'meetings-due', " + month(slot) + ", " + mentorshipDims + ", 0, count(*), 0" + mentorship
                + " cross join unnest(cast(:meetingMonths as int[])) k where k < m.length_months and " + slot + " >= :yearStart"
                + " and " + slot + " < least(:now, coalesce(m.ended_at, :now))" + group);
        facts.add("select 'meetings-held', " + month("g.logged_at") + ", " + mentorshipDims + ", 0, count(*), 0"
                + " from mentorflow.meeting g join mentorflow.mentorship m on m.id = g.mentorship_id "
                + PERSON.formatted("m.mentee_account_id") + " where g.held and g.logged_at >= :yearStart and g.logged_at < :now"
                + group);
        facts.add("select 'modules-completed', " + month("mp.completed_at") + ", " + mentorshipDims + ", 0, count(*), 0"
                + " from mentorflow.module_progress mp join mentorflow.mentorship m on m.id = mp.mentorship_id "
                + PERSON.formatted("m.mentee_account_id") + " where mp.completed_at >= :yearStart and mp.completed_at < :now"
                + group);
        facts.add("select 'module', " + month(":now") + ", " + mentorshipDims + ", lm.number,"
                + " count(*) filter (where m.started_at + lm.release_month * cast(:month as interval) <= least(:now, "
                + "coalesce(m.ended_at, :now))), count(mp.completed_at)"
                + " from mentorflow.learning_module lm cross join mentorflow.mentorship m " + PERSON.formatted("m.mentee_account_id")
                + " left join mentorflow.module_progress mp on mp.mentorship_id = m.id and mp.module_number = lm.number"
                + " where m.program = 'NEW_HIRE'" + group);
        facts.add("select 'check-ins', " + month("ci.answered_at") + ", " + mentorshipDims + ", 0, sum(ci.rating), count(*)"
                + " from mentorflow.check_in ci join mentorflow.mentorship m on m.id = ci.mentorship_id "
                + PERSON.formatted("m.mentee_account_id") + " where ci.answered_at >= :yearStart and ci.answered_at < :now" + group);

        String circle = " from mentorflow.circle c " + PERSON.formatted("c.manager_account_id");
        String circleDims = "'CIRCLES', " + month("c.proposed_at") + ", " + DIMENSIONS;
        facts.add("select 'circles-running', e.month, " + circleDims + ", 0, count(*), 0" + circle
                + " join overview_month e on c.published_at < e.month_end and (c.ended_at is null or c.ended_at >= e.month_end)"
                + " where c.published_at is not null" + group);
        facts.add("select 'circle-people', e.month, 'CIRCLES', " + month("cm.decided_at") + ", " + DIMENSIONS + ", 0, count(*), 0"
                + " from mentorflow.circle_membership cm " + PERSON.formatted("cm.account_id")
                + " join overview_month e on cm.decided_at < e.month_end and (cm.left_at is null or cm.left_at >= e.month_end)"
                + " where cm.status in ('APPROVED', 'LEFT') and (cm.left_at is null or cm.left_at >= :yearStart)" + group);
        facts.add("select 'renewals', " + month("cr.decided_at") + ", " + circleDims + ", 0, count(*) filter (where "
                + "cr.outcome = 'CONTINUED'), count(*) filter (where cr.outcome = 'DISBANDED')"
                + " from mentorflow.circle_renewal cr join mentorflow.circle c on c.id = cr.circle_id "
                + PERSON.formatted("c.manager_account_id") + " where cr.decided_at >= :yearStart and cr.decided_at < :now" + group);
        facts.add("select 'circle-status/' || c.status, " + month(":now") + ", " + circleDims + ", 0, count(*), 0" + circle
                + group);
        return facts;
    }
}
