package com.mentorflow;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A process engine that knows only the models a test names: no Spring, no app, no other model. It runs on its own
 * embedded PostgreSQL (the database the app runs on; H2 is not used), started once for the whole test run, with
 * the job executor off. Whatever a model calls by name ({@code ${sendProfileReminderDelegate}},
 * {@code ${programCalendar.profileReminder}}) the test registers with {@link #bean(String, Object)}, usually a mock.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ModelOnlyEngine engine = ModelOnlyEngine.deploying("processes/participant-onboarding.bpmn");
 *
 * @BeforeEach
 * void mocks() {
 *     engine.bean("sendProfileReminderDelegate", remind);          // a mock JavaDelegate
 * }
 *
 * ProcessInstance instance = engine.start("participant-onboarding", "42", Map.of("participant", "sam"));
 * BpmnAwareTests.assertThat(instance).isWaitingAt("Task_CompleteProfile");
 * engine.later(Duration.ofDays(3));                                 // the engine clock moves, due timers fire
 * BpmnAwareTests.assertThat(instance).hasPassed("Task_SendProfileReminder");
 * }</pre>
 * The class's models are deployed before its first test and removed after its last. After each test its instances
 * are deleted, its beans forgotten and the engine clock goes back to the real time. {@code BpmnAwareTests}
 * work on this engine inside the test.
 */
public final class ModelOnlyEngine implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** What the models' expressions find by name; the engine reads this map on every evaluation. */
    private static final Map<Object, Object> beans = new ConcurrentHashMap<>();
    private static ProcessEngine shared;

    private final List<String> resources;
    private String deploymentId;
    private Instant start;

    private ModelOnlyEngine(List<String> resources) {
        this.resources = resources;
    }

    /** @param resources classpath resources, e.g. {@code processes/match-request.bpmn}, {@code processes/match-approval.dmn} */
    public static ModelOnlyEngine deploying(String... resources) {
        return new ModelOnlyEngine(List.of(resources));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        DeploymentBuilder deployment = engine().getRepositoryService().createDeployment()
                .name(context.getRequiredTestClass().getSimpleName());
        resources.forEach(deployment::addClasspathResource);
        deploymentId = deployment.deploy().getId();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ClockUtil.setCurrentTime(Date.from(start));
        AbstractAssertions.init(engine());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        // The next test starts with no instance left running, so no timer of this one fires there.
        List<String> running = engine().getRuntimeService().createProcessInstanceQuery().deploymentId(deploymentId).list()
                .stream().map(ProcessInstance::getId).toList();
        if (!running.isEmpty()) {
            engine().getRuntimeService().deleteProcessInstances(running, "test over", true, true);
        }
        beans.clear();
        ClockUtil.reset();
        AbstractAssertions.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        engine().getRepositoryService().deleteDeployment(deploymentId, true);
    }

    /** Makes {@code bean} what the models' expressions call {@code name}, for this test. */
    public ModelOnlyEngine bean(String name, Object bean) {
        beans.put(name, bean);
        return this;
    }

    public ProcessEngine engine() {
        return sharedEngine();
    }

    /** The moment the engine clock stood at when this test began; {@link #later} counts from it. */
    public Instant testStart() {
        return start;
    }

    public ProcessInstance start(String processKey, String businessKey, Map<String, Object> variables) {
        return engine().getRuntimeService().startProcessInstanceByKey(processKey, businessKey, variables);
    }

    /**
     * Moves the engine clock to the test's start plus {@code sinceStart} (it stands still otherwise) and executes
     * every job due by then, earliest first.
     */
    public void later(Duration sinceStart) {
        ClockUtil.setCurrentTime(Date.from(start.plus(sinceStart)));
        for (int round = 0; round < 200; round++) {
            List<Job> due = engine().getManagementService().createJobQuery().duedateLowerThen(ClockUtil.getCurrentTime())
                    .orderByJobDuedate().asc().listPage(0, 1);
            if (due.isEmpty()) {
                return;
            }
            engine().getManagementService().executeJob(due.get(0).getId());
        }
        throw new AssertionError("timers kept firing");
    }

    private static synchronized ProcessEngine sharedEngine() {
        if (shared == null) {
            shared = build();
        }
        return shared;
    }

    private static ProcessEngine build() {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("the model-only engine's embedded PostgreSQL did not start", e);
        }
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("model-only");
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("");
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        configuration.setMetricsEnabled(false);
        configuration.setBeans(beans);
        ProcessEngine engine = configuration.buildProcessEngine();
        // Invisible to lookups by name: the app's engine stays the only one Cockpit and BpmnAwareTests' default find.
        ProcessEngines.unregister(engine);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            engine.close();
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is going anyway
            }
        }, "model-only-engine-shutdown"));
        return engine;
    }
}
