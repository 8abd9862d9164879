package com.mentorflow.insights;

import com.mentorflow.matching.Mentorships;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One mentorship as a program manager sees it: the pair, meetings (held or not, and what about), modules done
 * and check-in ratings. Never the pair's private notes, reflections or private comments.
 */
@Service
public class MentorshipReport {

    public record Meeting(int number, Instant scheduledAt, Boolean held, String topics, Instant loggedAt) {
    }

    public record CheckIn(int month, String who, int rating, Instant answeredAt) {
    }

    public record Report(Mentorships.Pair pair, Instant startedAt, List<Meeting> meetings, List<Integer> modulesDone,
                         List<CheckIn> checkIns) {
    }

    private final JdbcTemplate jdbc;
    private final Mentorships mentorships;

    MentorshipReport(JdbcTemplate jdbc, Mentorships mentorships) {
        this.jdbc = jdbc;
        this.mentorships = mentorships;
    }

    @Transactional(readOnly = true)
    public Report of(long mentorshipId) {
        AttentionLists.requireProgramManager();
        Mentorships.Pair pair = mentorships.pair(mentorshipId);
        Instant started = jdbc.queryForObject("select started_at from mentorflow.mentorship where id = ?", Timestamp.class,
                mentorshipId).toInstant();
        List<Meeting> meetings = jdbc.query("select number, scheduled_at, held, topics, logged_at from mentorflow.meeting "
                + "where mentorship_id = ? order by number", (row, n) -> new Meeting(row.getInt("number"),
                instant(row.getTimestamp("scheduled_at")), (Boolean) row.getObject("held"), row.getString("topics"),
                instant(row.getTimestamp("logged_at"))), mentorshipId);
        List<Integer> modules = jdbc.queryForList("select module_number from mentorflow.module_progress where mentorship_id = ? "
                + "and completed_at is not null order by module_number", Integer.class, mentorshipId);
        List<CheckIn> checkIns = jdbc.query("select ci.month, a.display_name, ci.rating, ci.answered_at from mentorflow.check_in ci "
                + "join mentorflow.account a on a.id = ci.account_id where ci.mentorship_id = ? order by ci.month, a.display_name",
                (row, n) -> new CheckIn(row.getInt(1), row.getString(2), row.getInt(3), instant(row.getTimestamp(4))), mentorshipId);
        return new Report(pair, started, meetings, modules, checkIns);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
