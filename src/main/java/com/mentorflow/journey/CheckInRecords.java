package com.mentorflow.journey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every statement on {@code check_in}: each side's answers at the check-in months. */
@Repository
class CheckInRecords {

    private final JdbcTemplate jdbc;

    CheckInRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void answer(long mentorshipId, long accountId, int month, int rating, String helped, String toChange,
                String privateComment, Instant at) {
        jdbc.update("""
                insert into mentorflow.check_in (mentorship_id, account_id, month, rating, helped, to_change, private_comment, answered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", mentorshipId, accountId, month, rating, helped, toChange, privateComment,
                Timestamp.from(at));
    }

    Set<Integer> monthsAnswered(long mentorshipId, long accountId) {
        return Set.copyOf(jdbc.queryForList("select month from mentorflow.check_in where mentorship_id = ? and account_id = ?",
                Integer.class, mentorshipId, accountId));
    }

    /** For "Download my data": the person's own answers only. */
    List<Map<String, Object>> export(long mentorshipId, long accountId) {
        return jdbc.queryForList("select month, rating, helped, to_change, private_comment, answered_at "
                + "from mentorflow.check_in where mentorship_id = ? and account_id = ? order by month", mentorshipId, accountId);
    }

    /** On erasure: the person's free texts go, the ratings stay for the program's figures. */
    void forgetTextsOf(long accountId) {
        jdbc.update("update mentorflow.check_in set helped = null, to_change = null, private_comment = null "
                + "where account_id = ?", accountId);
    }
}
