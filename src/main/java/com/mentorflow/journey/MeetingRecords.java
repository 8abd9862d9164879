package com.mentorflow.journey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every statement on {@code meeting}: a pair's meetings, planned and logged. */
@Repository
class MeetingRecords {

    private final JdbcTemplate jdbc;

    MeetingRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void plan(long mentorshipId, int number, Instant at, int durationMinutes, String place) {
        jdbc.update("""
                insert into mentorflow.meeting (mentorship_id, number, scheduled_at, duration_minutes, place)
                values (?, ?, ?, ?, ?) on conflict (mentorship_id, number) do update set scheduled_at = excluded.scheduled_at,
                duration_minutes = excluded.duration_minutes, place = excluded.place""",
                mentorshipId, number, Timestamp.from(at), durationMinutes, place);
    }

    void log(long mentorshipId, int number, boolean held, String topics, String privateNotes, String actionItems,
             long loggedBy, Instant at) {
        jdbc.update("""
                insert into mentorflow.meeting (mentorship_id, number, held, topics, private_notes, action_items, logged_by, logged_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (mentorship_id, number) do update set held = excluded.held,
                topics = excluded.topics, private_notes = excluded.private_notes, action_items = excluded.action_items,
                logged_by = excluded.logged_by, logged_at = excluded.logged_at""",
                mentorshipId, number, held, topics, privateNotes, actionItems, loggedBy, Timestamp.from(at));
    }

    /** Whether that meeting happened; empty while it is not logged. */
    Optional<Boolean> held(long mentorshipId, int number) {
        return Optional.ofNullable(jdbc.query("select held from mentorflow.meeting where mentorship_id = ? and number = ?",
                row -> row.next() ? row.getObject("held", Boolean.class) : null, mentorshipId, number));
    }

    /** @param withPrivateNotes only for the pair itself */
    List<Meeting> of(long mentorshipId, boolean withPrivateNotes) {
        return jdbc.query("select number, scheduled_at, duration_minutes, place, held, topics, action_items"
                + (withPrivateNotes ? ", private_notes" : "") + " from mentorflow.meeting where mentorship_id = ? order by number",
                (row, n) -> new Meeting(row.getInt("number"), instant(row.getTimestamp("scheduled_at")),
                        row.getObject("duration_minutes", Integer.class), row.getString("place"),
                        row.getObject("held", Boolean.class), row.getString("topics"), row.getString("action_items"),
                        withPrivateNotes ? row.getString("private_notes") : null), mentorshipId);
    }

    int countHeld(long mentorshipId) {
        return jdbc.queryForObject("select count(*) from mentorflow.meeting where mentorship_id = ? and held", Integer.class,
                mentorshipId);
    }

    /** For "Download my data": private notes only where this person logged the meeting. */
    List<Map<String, Object>> export(long mentorshipId, long accountId) {
        return jdbc.queryForList("select number, scheduled_at, duration_minutes, place, held, topics, "
                + "action_items, logged_at, logged_by = ? as logged_by_me, "
                + "case when logged_by = ? then private_notes end as my_private_notes "
                + "from mentorflow.meeting where mentorship_id = ? order by number", accountId, accountId, mentorshipId);
    }

    void forgetNotesOf(long accountId) {
        jdbc.update("update mentorflow.meeting set private_notes = null where logged_by = ?", accountId);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
