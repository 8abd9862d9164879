package com.mentorflow.journey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every statement on {@code module_progress}: which modules a mentee finished, with the ticked items and reflection. */
@Repository
class ModuleProgressRecords {

    private final JdbcTemplate jdbc;

    ModuleProgressRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the module done; done again, the later answers count. */
    void complete(long mentorshipId, int module, Set<Integer> itemsDone, String reflection, Instant at) {
        jdbc.update("""
                insert into mentorflow.module_progress (mentorship_id, module_number, items_done, reflection, completed_at)
                values (?, ?, ?, ?, ?) on conflict (mentorship_id, module_number) do update
                set items_done = excluded.items_done, reflection = excluded.reflection, completed_at = excluded.completed_at""",
                mentorshipId, module, itemsDone.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")),
                reflection, Timestamp.from(at));
    }

    Set<Integer> completed(long mentorshipId) {
        return Set.copyOf(jdbc.queryForList("select module_number from mentorflow.module_progress "
                + "where mentorship_id = ? and completed_at is not null", Integer.class, mentorshipId));
    }

    /** For "Download my data": module_number, items_done, reflection, completed_at. */
    List<Map<String, Object>> export(long mentorshipId) {
        return jdbc.queryForList("select module_number, items_done, reflection, completed_at from mentorflow.module_progress "
                + "where mentorship_id = ? order by module_number", mentorshipId);
    }

    void forgetReflections(long mentorshipId) {
        jdbc.update("update mentorflow.module_progress set reflection = null where mentorship_id = ?", mentorshipId);
    }
}
