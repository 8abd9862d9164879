package com.mentorflow.bench;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cohort of accepted pairs straight in SQL (accounts, accepted requests, active new-hire mentorships), so the
 * wave benchmarks measure the engine and not matching. Usernames: {@code <run>-mentee-<n>}, {@code <run>-mentor-<n>}.
 */
final class WavePairs {

    /** One seeded pair: the mentorship id is the journey's business key. */
    record Pair(long mentorshipId, long menteeAccountId, long mentorAccountId) {
    }

    private final JdbcTemplate jdbc;

    WavePairs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Seeds {@code count} pairs and answers them as read back from the mentorship table. */
    List<Pair> seed(String run, int count) {
        long accounts = reserve("mentorflow.account_seq", "mentorflow.account", 2L * count);
        jdbc.update("""
                insert into mentorflow.account (id, username, email, display_name, active, created_at)
                select ? + n, ? || case when n % 2 = 0 then '-mentee-' else '-mentor-' end || (n / 2),
                       ? || '.' || n || '@wave.example.com', 'Wave person ' || n, true, now()
                from generate_series(0, ? - 1) n""", accounts, run, run, 2L * count);
        jdbc.update("insert into mentorflow.account_role select ? + n, 'PARTICIPANT' from generate_series(0, ? - 1) n",
                accounts, 2L * count);
        long requests = reserve("mentorflow.match_request_seq", "mentorflow.match_request", count);
        jdbc.update("""
                insert into mentorflow.match_request (id, mentee_account_id, mentor_account_id, program, note, status,
                    created_at, closed_at, length_months)
                select ? + n, ? + 2 * n, ? + 2 * n + 1, 'NEW_HIRE', '', 'ACCEPTED', now(), now(), 12
                from generate_series(0, ? - 1) n""", requests, accounts, accounts, count);
        long mentorships = reserve("mentorflow.mentorship_seq", "mentorflow.mentorship", count);
        jdbc.update("""
                insert into mentorflow.mentorship (id, request_id, mentee_account_id, mentor_account_id, program, status,
                    started_at, length_months)
                select ? + n, ? + n, ? + 2 * n, ? + 2 * n + 1, 'NEW_HIRE', 'ACTIVE', now(), 12
                from generate_series(0, ? - 1) n""", mentorships, requests, accounts, accounts, count);
        return jdbc.query("select id, mentee_account_id, mentor_account_id from mentorflow.mentorship "
                        + "where id between ? and ? order by id",
                (row, i) -> new Pair(row.getLong(1), row.getLong(2), row.getLong(3)), mentorships, mentorships + count - 1);
    }

    /** A block of ids past both the table's rows and the sequence's (Hibernate hands out 50 at a time from it). */
    private long reserve(String sequence, String table, long count) {
        long first = jdbc.queryForObject("select greatest((select coalesce(max(id), 0) from " + table + "), "
                + "(select last_value from " + sequence + ")) + 1000", Long.class);
        jdbc.queryForObject("select setval('" + sequence + "', ?)", Long.class, first + count + 1000);
        return first;
    }
}
