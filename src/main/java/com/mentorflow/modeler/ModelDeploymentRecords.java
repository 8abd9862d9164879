package com.mentorflow.modeler;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL for mentorflow.model_deployment: who deployed which engine deployment, which the engine does not keep. */
@Component
class ModelDeploymentRecords {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ModelDeploymentRecords(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void deployed(String deploymentId, String by, String source) {
        jdbc.update("insert into mentorflow.model_deployment (deployment_id, deployed_by, source, deployed_at) values (?, ?, ?, ?)",
                deploymentId, by, source, Timestamp.from(clock.instant()));
    }

    /** Who deployed each deployment, by deployment id. */
    Map<String, String> deployers() {
        Map<String, String> deployers = new HashMap<>();
        jdbc.query("select deployment_id, deployed_by from mentorflow.model_deployment", row -> {
            deployers.put(row.getString(1), row.getString(2));
        });
        return deployers;
    }
}
