package com.mentorflow.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What happened to a request, one row per step (match_request_event), as "My requests" unfolds it. */
@Component
public class MatchRequestTimeline {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    MatchRequestTimeline(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(MatchRequest request, String detail) {
        jdbc.update("insert into mentorflow.match_request_event (request_id, at, status, detail) values (?, ?, ?, ?)",
                request.getId(), Timestamp.from(clock.instant()), request.getStatus().name(), detail);
    }

    @Transactional(readOnly = true)
    public List<Map<String, Object>> of(long requestId) {
        return jdbc.queryForList("select at, status, detail from mentorflow.match_request_event where request_id = ? "
                + "order by at, id", requestId);
    }
}
