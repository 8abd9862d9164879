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
}
