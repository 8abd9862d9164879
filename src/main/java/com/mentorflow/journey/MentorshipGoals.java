package com.mentorflow.journey;

import com.mentorflow.matching.Mentorships;
import com.mentorflow.people.AccountService;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Goals a pair sets for their mentorship and ticks off; only the two of them see or change them. */
@Service
public class MentorshipGoals {

    public static final int MAX_GOALS = 20;

    public record Goal(long id, String text, Instant doneAt) {
        public boolean done() {
            return doneAt != null;
        }
    }

    private final JdbcTemplate jdbc;
    private final Mentorships mentorships;
    private final Clock clock;
    private final AccountService accounts;

    MentorshipGoals(JdbcTemplate jdbc, Mentorships mentorships, Clock clock, AccountService accounts) {
        this.jdbc = jdbc;
        this.mentorships = mentorships;
        this.clock = clock;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<Goal> of(String username, long mentorshipId) {
        requirePair(username, mentorshipId);
        return jdbc.query("select id, text, done_at from mentorflow.mentorship_goal where mentorship_id = ? order by id",
                (row, n) -> new Goal(row.getLong("id"), row.getString("text"),
                        row.getTimestamp("done_at") == null ? null : row.getTimestamp("done_at").toInstant()), mentorshipId);
    }

    @Transactional
    public long add(String username, long mentorshipId, String text) {
        requirePair(username, mentorshipId);
        String goal = text == null ? "" : text.strip();
        long count = jdbc.queryForObject("select count(*) from mentorflow.mentorship_goal where mentorship_id = ?", Long.class,
                mentorshipId);
        new RejectedInputException.Collector()
                .check(goal.length() >= 3 && goal.length() <= 300, "goal", "A goal has 3 to 300 characters.")
                .check(count < MAX_GOALS, "goal", "A mentorship keeps at most " + MAX_GOALS + " goals.")
                .throwIfAny();
        long id = jdbc.queryForObject("select nextval('mentorflow.mentorship_goal_seq')", Long.class);
        long by = accounts.idOf(username);
        jdbc.update("insert into mentorflow.mentorship_goal (id, mentorship_id, text, created_by, created_at) values (?, ?, ?, ?, ?)",
                id, mentorshipId, goal, by, Timestamp.from(clock.instant()));
        return id;
    }

    @Transactional
    public void tick(String username, long goalId, boolean done) {
        Long mentorshipId = jdbc.query("select mentorship_id from mentorflow.mentorship_goal where id = ?",
                row -> row.next() ? row.getLong(1) : null, goalId);
        if (mentorshipId == null) {
            throw new RejectedInputException("goal", "There is no such goal.");
        }
        requirePair(username, mentorshipId);
        jdbc.update("update mentorflow.mentorship_goal set done_at = ? where id = ?",
                done ? Timestamp.from(clock.instant()) : null, goalId);
    }

    private void requirePair(String username, long mentorshipId) {
        if (!mentorships.pair(mentorshipId).includes(username)) {
            throw new NotPermittedException("Only the two people in a mentorship see and change its goals.");
        }
    }
}
