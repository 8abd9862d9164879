package com.mentorflow.circles;

import static com.mentorflow.circles.CircleProcess.RENEWAL_CONTINUE;
import static com.mentorflow.circles.CircleProcess.RENEWAL_DISBAND;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL for the end of a term: members' votes (mentorflow.circle_vote), how each renewal ended
 * (mentorflow.circle_renewal, for the program overview) and feedback once a circle disbands (mentorflow.circle_feedback).
 * Each row is stamped with the time it is written.
 */
@Component
class CircleRenewalRecords {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CircleRenewalRecords(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Voting again replaces the earlier vote. */
    void vote(long circleId, int term, long accountId, boolean continueCircle) {
        jdbc.update("""
                insert into mentorflow.circle_vote (circle_id, term, account_id, vote, voted_at) values (?, ?, ?, ?, ?)
                on conflict (circle_id, term, account_id) do update set vote = excluded.vote, voted_at = excluded.voted_at""",
                circleId, term, accountId, continueCircle ? RENEWAL_CONTINUE : RENEWAL_DISBAND, now());
    }

    /** Votes in the circle's current term: CONTINUE and DISBAND counts. */
    Map<String, Integer> votes(long circleId) {
        Map<String, Integer> tally = new HashMap<>(Map.of(RENEWAL_CONTINUE, 0, RENEWAL_DISBAND, 0));
        jdbc.query("select v.vote, count(*) from mentorflow.circle_vote v join mentorflow.circle c on c.id = v.circle_id "
                        + "and c.term = v.term where v.circle_id = ? group by v.vote",
                row -> {
                    tally.put(row.getString(1), row.getInt(2));
                }, circleId);
        return tally;
    }

    /** How a renewal ended: CONTINUED or DISBANDED. */
    void renewed(long circleId, int term, String outcome) {
        jdbc.update("insert into mentorflow.circle_renewal (circle_id, term, outcome, decided_at) values (?, ?, ?, ?) "
                + "on conflict (circle_id, term) do update set outcome = excluded.outcome, decided_at = excluded.decided_at",
                circleId, term, outcome, now());
    }

    void feedback(long circleId, long accountId, int rating, String comment) {
        jdbc.update("""
                insert into mentorflow.circle_feedback (circle_id, account_id, rating, comment, answered_at) values (?, ?, ?, ?, ?)
                on conflict (circle_id, account_id) do update set rating = excluded.rating, comment = excluded.comment,
                    answered_at = excluded.answered_at""",
                circleId, accountId, rating, comment, now());
    }

    /** On erasure the person's words go; their rating stays in the circle's figures. */
    void eraseFeedbackComments(long accountId) {
        jdbc.update("update mentorflow.circle_feedback set comment = null where account_id = ?", accountId);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
