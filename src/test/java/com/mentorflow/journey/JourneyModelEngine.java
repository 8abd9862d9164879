package com.mentorflow.journey;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * A process engine of its own for a model-only test: no Spring, no app tables, only the engine's schema on an
 * embedded PostgreSQL (the database the app runs on; H2 is not used), the job executor off, and the beans the
 * model's expressions name given as plain objects (stubs and mocks).
 */
final class JourneyModelEngine implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final ProcessEngine engine;

    JourneyModelEngine(String name, Map<Object, Object> beans) throws IOException {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(postgres.getPostgresDatabase());
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        configuration.setProcessEngineName(name);
        configuration.setBeans(beans);
        engine = configuration.buildProcessEngine();
    }

    ProcessEngine engine() {
        return engine;
    }

    @Override
    public void close() throws IOException {
        engine.close();
        postgres.close();
    }
}
