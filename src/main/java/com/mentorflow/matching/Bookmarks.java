package com.mentorflow.matching;

import com.mentorflow.people.AccountService;
import com.mentorflow.people.PersonalDataContributor;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Mentors a mentee keeps an eye on; they come back at the top of suggestions whenever they can be asked. */
@Component
class Bookmarks implements PersonalDataContributor {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AccountService accounts;

    Bookmarks(JdbcTemplate jdbc, Clock clock, AccountService accounts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
    }

    Set<Long> of(long menteeAccountId) {
        return new HashSet<>(jdbc.queryForList(
                "select mentor_account_id from mentorflow.bookmark where mentee_account_id = ?", Long.class, menteeAccountId));
    }

    @Transactional
    void set(long menteeAccountId, long mentorAccountId, boolean bookmarked) {
        if (bookmarked) {
            jdbc.update("""
                    insert into mentorflow.bookmark (mentee_account_id, mentor_account_id, created_at)
                    values (?, ?, ?) on conflict do nothing""",
                    menteeAccountId, mentorAccountId, Timestamp.from(clock.instant()));
        } else {
            jdbc.update("delete from mentorflow.bookmark where mentee_account_id = ? and mentor_account_id = ?",
                    menteeAccountId, mentorAccountId);
        }
    }

    @Override
    public String section() {
        return "bookmarkedMentors";
    }

    @Override
    public Object export(long accountId) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select mentor_account_id, created_at as bookmarked_at from mentorflow.bookmark
                where mentee_account_id = ? order by created_at""", accountId);
        Map<Long, String> names = accounts.displayNames(rows.stream().map(row -> ((Number) row.get("mentor_account_id")).longValue())
                .toList());
        return rows.stream().filter(row -> names.containsKey(((Number) row.get("mentor_account_id")).longValue()))
                .map(row -> Map.of("mentor", names.get(((Number) row.get("mentor_account_id")).longValue()),
                        "bookmarkedAt", row.get("bookmarked_at").toString()))
                .toList();
    }

    @Override
    public void erase(long accountId) {
        jdbc.update("delete from mentorflow.bookmark where mentee_account_id = ? or mentor_account_id = ?", accountId, accountId);
    }
}
