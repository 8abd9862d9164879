package com.mentorflow.journey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every statement on {@code mentorship_goal}: the goals a pair sets and ticks off. */
@Repository
class GoalRecords {

    private final JdbcTemplate jdbc;

    GoalRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<MentorshipGoals.Goal> of(long mentorshipId) {
        return jdbc.query("select id, text, done_at from mentorflow.mentorship_goal where mentorship_id = ? order by id",
                (row, n) -> new MentorshipGoals.Goal(row.getLong("id"), row.getString("text"),
                        row.getTimestamp("done_at") == null ? null : row.getTimestamp("done_at").toInstant()), mentorshipId);
    }

    long count(long mentorshipId) {
        return jdbc.queryForObject("select count(*) from mentorflow.mentorship_goal where mentorship_id = ?", Long.class,
                mentorshipId);
    }

    long add(long mentorshipId, String text, long createdBy, Instant at) {
        long id = jdbc.queryForObject("select nextval('mentorflow.mentorship_goal_seq')", Long.class);
        jdbc.update("insert into mentorflow.mentorship_goal (id, mentorship_id, text, created_by, created_at) values (?, ?, ?, ?, ?)",
                id, mentorshipId, text, createdBy, Timestamp.from(at));
        return id;
    }

    Optional<Long> mentorshipOf(long goalId) {
        return Optional.ofNullable(jdbc.query("select mentorship_id from mentorflow.mentorship_goal where id = ?",
                row -> row.next() ? row.getLong(1) : null, goalId));
    }

    /** @param doneAt null to open the goal again */
    void markDone(long goalId, Instant doneAt) {
        jdbc.update("update mentorflow.mentorship_goal set done_at = ? where id = ?",
                doneAt == null ? null : Timestamp.from(doneAt), goalId);
    }

    /** For "Download my data". */
    List<Map<String, Object>> export(long mentorshipId, long accountId) {
        return jdbc.queryForList("select text, created_by = ? as added_by_me, created_at, done_at "
                + "from mentorflow.mentorship_goal where mentorship_id = ? order by id", accountId, mentorshipId);
    }
}
