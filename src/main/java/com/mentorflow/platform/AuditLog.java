package com.mentorflow.platform;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who changed what, written in the same transaction as the change. */
@Service
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String details) {
        jdbc.update("insert into mentorflow.audit_entry (id, at, actor, action, details) "
                        + "values (nextval('mentorflow.audit_entry_seq'), ?, ?, ?, ?)",
                java.sql.Timestamp.from(clock.instant()), actor, action,
                details.length() > 4000 ? details.substring(0, 4000) : details);
    }

    /**
     * For an attempt that is refused: the refusal rolls the caller's transaction back, but the record that
     * someone tried must stay, so it is written in a transaction of its own.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(String actor, String action, String details) {
        record(actor, action, details);
    }

    @Transactional(readOnly = true)
    public List<Map<String, Object>> latest(String action, int limit) {
        return jdbc.queryForList("select at, actor, action, details from mentorflow.audit_entry where action = ? "
                + "order by at desc, id desc limit ?", action, limit);
    }

    /**
     * @param aboutAccountIds the people the entry concerns besides its actor (e.g. whose request a manager
     *                        approved against a rule); their "Download my data" holds it
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String details, java.util.Collection<Long> aboutAccountIds) {
        record(actor, action, details);
        // Same transaction, so the same connection: currval is the id the entry was just given.
        for (long about : new java.util.TreeSet<>(aboutAccountIds)) {
            jdbc.update("insert into mentorflow.audit_entry_subject (entry_id, account_id) "
                    + "values (currval('mentorflow.audit_entry_seq'), ?)", about);
        }
    }

    /** Every entry a person wrote or that is about them, oldest first: their part of "Download my data". */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> byOrAbout(String username, long accountId) {
        return jdbc.queryForList("select e.at, e.actor, e.action, e.details from mentorflow.audit_entry e where e.actor = ? "
                + "or exists (select 1 from mentorflow.audit_entry_subject s where s.entry_id = e.id and s.account_id = ?) "
                + "order by e.at, e.id", username, accountId);
    }
}
