package com.mentorflow.insights;

import com.mentorflow.platform.EngineIndex;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The one index the process maps need on the engine's own tables: instances by model and activity. */
@Component
class EngineIndexes implements ApplicationRunner {

    private final JdbcTemplate jdbc;

    EngineIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        EngineIndex.ensure(jdbc, "mentorflow_execution_activity_idx",
                "public.act_ru_execution (proc_def_id_, act_id_, proc_inst_id_)", "the process maps' live counts");
    }
}
