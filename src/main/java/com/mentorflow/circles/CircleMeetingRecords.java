package com.mentorflow.circles;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The SQL for mentorflow.circle_meeting: a meeting's plan, and afterwards who came and what it was about. */
@Component
class CircleMeetingRecords {

    private final JdbcTemplate jdbc;

    CircleMeetingRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Planning again replaces the earlier plan. */
    void plan(long circleId, int number, CircleMeetingKind kind, Long educationTopicId, String theme, Instant at,
              int durationMinutes, String link) {
        jdbc.update("""
                insert into mentorflow.circle_meeting (circle_id, number, kind, education_topic_id, theme, scheduled_at,
                    duration_minutes, link) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (circle_id, number) do update set kind = excluded.kind,
                    education_topic_id = excluded.education_topic_id, theme = excluded.theme,
                    scheduled_at = excluded.scheduled_at, duration_minutes = excluded.duration_minutes, link = excluded.link""",
                circleId, number, kind.name(), kind == CircleMeetingKind.EDUCATION ? educationTopicId : null,
                kind == CircleMeetingKind.EXPERIENCE ? theme : null, Timestamp.from(at), durationMinutes, link);
    }

    boolean isPlanned(long circleId, int number) {
        Integer planned = jdbc.query("select count(*) from mentorflow.circle_meeting where circle_id = ? and number = ? "
                + "and scheduled_at is not null", row -> row.next() ? row.getInt(1) : 0, circleId, number);
        return planned != null && planned > 0;
    }

    /** Every meeting of the circle, planned or held, by number; the caller says what a row becomes. */
    <T> List<T> of(long circleId, RowMapper<T> meeting) {
        return jdbc.query("select * from mentorflow.circle_meeting where circle_id = ? order by number", meeting, circleId);
    }

    /** Attendance is kept as a comma-separated list of account ids. */
    void held(long circleId, int number, Set<Long> attended, String summary, Instant at) {
        jdbc.update("update mentorflow.circle_meeting set attended = ?, summary = ?, held_at = ? where circle_id = ? and number = ?",
                attended.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")), summary,
                Timestamp.from(at), circleId, number);
    }
}
