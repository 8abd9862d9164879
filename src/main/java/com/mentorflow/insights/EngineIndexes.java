package com.mentorflow.insights;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one index the process maps need on the engine's own tables: instances by model and activity. The engine
 * creates its tables after Flyway has run, so this is made at start-up, concurrently (no lock on running work).
 */
@Component
class EngineIndexes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    private final JdbcTemplate jdbc;

    EngineIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            jdbc.execute("create index concurrently if not exists mentorflow_execution_activity_idx "
                    + "on public.act_ru_execution (proc_def_id_, act_id_, proc_inst_id_)");
        } catch (RuntimeException e) {
            // Without it the maps are slower, not wrong.
            log.warn("Could not create the process-map index on act_ru_execution: {}", e.getMessage());
        }
    }
}
