package com.mentorflow.matching;

import com.mentorflow.people.Program;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What cohort matching reads of this package, each in one query for the whole cohort: the mentors the suggestions
 * draw on, every mentor's active mentees, whom each mentee asked, who is taken already, and how requests were answered.
 */
@Component
public class CohortSources {

    private static final String ASKED = "('PENDING_APPROVAL', 'PENDING', 'DECLINED')";
    private static final String OPEN = "('PENDING_APPROVAL', 'PENDING')";

    private final MentorPool pool;
    private final MentorshipRepository mentorships;
    private final JdbcTemplate jdbc;

    CohortSources(MentorPool pool, MentorshipRepository mentorships, JdbcTemplate jdbc) {
        this.pool = pool;
        this.mentorships = mentorships;
        this.jdbc = jdbc;
    }

    /** The active mentors of the program, as the suggestions hold them. */
    public List<MentorCandidate> mentorsIn(Program program) {
        return pool.all().stream().filter(mentor -> mentor.active && mentor.wantsMentor && mentor.inProgram(program))
                .toList();
    }

    /** Read now rather than from the suggestions' cache: a cohort shares out what is left of every mentor's places. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> activeMenteesByMentor() {
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : mentorships.activeCountsByMentor()) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    /** Per mentee, the mentors they have an open or declined request with (any program, as the suggestions do). */
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> alreadyAsked() {
        Map<Long, Set<Long>> asked = new HashMap<>();
        jdbc.query("select mentee_account_id, mentor_account_id from mentorflow.match_request where status in " + ASKED,
                row -> {
                    asked.computeIfAbsent(row.getLong(1), id -> new HashSet<>()).add(row.getLong(2));
                });
        return asked;
    }

    /** The mentors this mentee has an open or declined request with. */
    @Transactional(readOnly = true)
    public Set<Long> alreadyAsked(long menteeAccountId) {
        return new HashSet<>(jdbc.queryForList("select mentor_account_id from mentorflow.match_request "
                + "where mentee_account_id = ? and status in " + ASKED, Long.class, menteeAccountId));
    }

    /** Mentees with an active mentorship or an open request in the program: not for a cohort to match again. */
    @Transactional(readOnly = true)
    public Set<Long> menteesTaken(Program program) {
        Set<Long> taken = new HashSet<>(jdbc.queryForList("select mentee_account_id from mentorflow.mentorship "
                + "where status = 'ACTIVE' and program = ?", Long.class, program.name()));
        taken.addAll(jdbc.queryForList("select mentee_account_id from mentorflow.match_request where status in " + OPEN
                + " and program = ?", Long.class, program.name()));
        return taken;
    }

    /** How each of these requests stands now. */
    @Transactional(readOnly = true)
    public Map<Long, MatchRequest.Status> statusOf(Collection<Long> requestIds) {
        Map<Long, MatchRequest.Status> statuses = new HashMap<>();
        if (requestIds.isEmpty()) {
            return statuses;
        }
        jdbc.query("select id, status from mentorflow.match_request where id = any(?)", row -> {
            statuses.put(row.getLong(1), MatchRequest.Status.valueOf(row.getString(2)));
        }, (Object) requestIds.toArray(Long[]::new));
        return statuses;
    }
}
