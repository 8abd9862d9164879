package com.mentorflow.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * A job executor built as Camunda's Spring Boot starter builds the app's (a SpringJobExecutor over a
 * ThreadPoolTaskExecutor, rejected jobs handed back to acquisition), from camunda.bpm.job-execution's values with
 * a benchmark's overrides. Tests run with the app's executor switched off, so the benchmark starts its own: one for
 * one node, two (each its own acquisition thread, pool and lock owner) for two nodes on one database.
 */
final class WaveJobExecutor implements AutoCloseable {

    /** The settings measured; lock time is left to the configuration (another change owns it). */
    record Settings(int core, int max, int queue, int perAcquisition, int waitMillis, int backoffMillis, long maxBackoff) {

        static Settings of(JobExecutionProperty app) {
            return new Settings(app.getCorePoolSize(), app.getMaxPoolSize(), app.getQueueCapacity(),
                    orElse(app.getMaxJobsPerAcquisition(), 3), orElse(app.getWaitTimeInMillis(), 5000),
                    orElse(app.getBackoffTimeInMillis(), 0), app.getMaxBackoff() == null ? 0 : app.getMaxBackoff());
        }

        /** These settings with some replaced, e.g. "core=4,max=4,queue=16,acq=16,wait=500,backoff=0,maxBackoff=0". */
        Settings with(String spec) {
            Map<String, Long> values = new LinkedHashMap<>(Map.of("core", (long) core, "max", (long) max, "queue",
                    (long) queue, "acq", (long) perAcquisition, "wait", (long) waitMillis, "backoff", (long) backoffMillis,
                    "maxBackoff", maxBackoff));
            for (String pair : spec.split(",")) {
                String[] kv = pair.trim().split("=");
                if (kv.length == 2 && values.containsKey(kv[0])) {
                    values.put(kv[0], Long.parseLong(kv[1]));
                } else if (!pair.isBlank()) {
                    throw new IllegalArgumentException("Unknown job executor setting '" + pair + "' (core, max, queue, "
                            + "acq, wait, backoff, maxBackoff)");
                }
            }
            return new Settings(values.get("core").intValue(), values.get("max").intValue(), values.get("queue").intValue(),
                    values.get("acq").intValue(), values.get("wait").intValue(), values.get("backoff").intValue(),
                    values.get("maxBackoff"));
        }

        @Override
        public String toString() {
            return "core-pool-size " + core + ", max-pool-size " + max + ", queue-capacity " + queue
                    + ", max-jobs-per-acquisition " + perAcquisition + ", wait-time-in-millis " + waitMillis
                    + ", backoff-time-in-millis " + backoffMillis + ", max-backoff " + maxBackoff;
        }

        private static int orElse(Integer value, int fallback) {
            return value == null ? fallback : value;
        }
    }

    private final SpringJobExecutor executor = new SpringJobExecutor();
    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    private final ProcessEngineImpl engine;
    private final boolean enginesOwn;
    private JobExecutor previous;

    /**
     * @param enginesOwn whether this executor stands in as the engine's configured one while it runs: the engine's
     *                   job runs ask the configured executor whether it is active (and unlock the job when not), so
     *                   the first executor of a round replaces the tests' inactive one, the second runs beside it
     */
    WaveJobExecutor(ProcessEngine engine, Settings settings, String name, boolean enginesOwn) {
        this.engine = (ProcessEngineImpl) engine;
        this.enginesOwn = enginesOwn;
        pool.setCorePoolSize(settings.core());
        pool.setMaxPoolSize(settings.max());
        pool.setQueueCapacity(settings.queue());
        pool.setThreadNamePrefix(name + "-");
        pool.initialize();
        executor.setTaskExecutor(pool);
        executor.setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler());
        executor.setMaxJobsPerAcquisition(settings.perAcquisition());
        executor.setWaitTimeInMillis(settings.waitMillis());
        executor.setBackoffTimeInMillis(settings.backoffMillis());
        if (settings.maxBackoff() > 0) {
            executor.setMaxBackoff(settings.maxBackoff());
        }
        executor.registerProcessEngine(this.engine);
    }

    void start() {
        if (enginesOwn) {
            previous = engine.getProcessEngineConfiguration().getJobExecutor();
            engine.getProcessEngineConfiguration().setJobExecutor(executor);
        }
        executor.start();
    }

    @Override
    public void close() {
        executor.shutdown();
        executor.unregisterProcessEngine(engine);
        pool.shutdown();
        if (enginesOwn) {
            engine.getProcessEngineConfiguration().setJobExecutor(previous);
        }
    }
}
