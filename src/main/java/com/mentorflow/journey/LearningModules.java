package com.mentorflow.journey;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Every statement on {@code learning_module}, the module catalogue admins edit. */
@Repository
class LearningModules {

    private static final RowMapper<LearningModule> MODULE = (row, n) -> new LearningModule(row.getInt("number"),
            row.getString("title"), row.getString("summary"), row.getInt("release_month"), row.getInt("estimated_minutes"),
            LearningModule.lines(row.getString("action_items")), LearningModule.resources(row.getString("resources")),
            row.getString("mentor_insight"));

    private final JdbcTemplate jdbc;

    LearningModules(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    LearningModule find(int number) {
        return jdbc.queryForObject("select * from mentorflow.learning_module where number = ?", MODULE, number);
    }

    List<LearningModule> all() {
        return jdbc.query("select * from mentorflow.learning_module order by number", MODULE);
    }

    List<Integer> numbers() {
        return jdbc.queryForList("select number from mentorflow.learning_module order by number", Integer.class);
    }

    Optional<String> title(int number) {
        return jdbc.queryForList("select title from mentorflow.learning_module where number = ?", String.class, number)
                .stream().findFirst();
    }

    int releaseMonth(int number) {
        return jdbc.queryForObject("select release_month from mentorflow.learning_module where number = ?", Integer.class,
                number);
    }

    /**
     * @param actionItems one per line
     * @param resources   one per line: kind|title|link
     * @return whether there was such a module
     */
    boolean update(int number, String title, String summary, int releaseMonth, int minutes, String actionItems,
                   String resources, String mentorInsight) {
        return jdbc.update("""
                update mentorflow.learning_module set title = ?, summary = ?, release_month = ?, estimated_minutes = ?,
                action_items = ?, resources = ?, mentor_insight = ? where number = ?""",
                title, summary, releaseMonth, minutes, actionItems, resources, mentorInsight, number) > 0;
    }
}
