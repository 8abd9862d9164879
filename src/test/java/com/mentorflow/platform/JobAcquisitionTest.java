package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@MentorflowTest
class JobAcquisitionTest {

    /**
     * The engine's acquisition query (camunda-engine 7.24, Job.xml "selectNextJobsToExecute") as it reads with both
     * flags on: no "due date is null" branch, ordered by due date; the same literals, so the same partial-index
     * reasoning applies.
     */
    private static final String ACQUISITION = """
            select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_ from ACT_RU_JOB RES
            where (RES.RETRIES_ > 0) and (RES.DUEDATE_ <= ?)
              and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < ?) and RES.SUSPENSION_STATE_ = 1
              and ((RES.EXCLUSIVE_ = true and not exists(select J2.ID_ from ACT_RU_JOB J2
                      where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true)
                        and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= ?)))
                   or RES.EXCLUSIVE_ = false)
            order by RES.DUEDATE_ asc LIMIT 16""";

    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired JobAcquisition acquisition;

    @Test
    void theEngineAcquiresByDueDateAndGivesEveryJobOne() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
        assertThat(configuration.isEnsureJobDueDateNotNull()).isTrue();
    }

    @Test
    void bothIndexesAreThereAndValid() {
        for (String index : List.of(JobAcquisition.DUE_INDEX, JobAcquisition.LOCKED_INDEX)) {
            assertThat(jdbc.queryForList("select i.indisvalid from pg_index i join pg_class c on c.oid = i.indexrelid "
                    + "where c.relname = ?", Boolean.class, index)).as(index).containsExactly(true);
        }
    }

    @Test
    void anIndexAsDefinedIsKeptAndAChangedDefinitionIsBuiltAgain() {
        long before = oid(JobAcquisition.DUE_INDEX);
        assertThat(EngineIndex.ensure(jdbc, JobAcquisition.DUE_INDEX, JobAcquisition.DUE_DEFINITION, "test")).isTrue();
        assertThat(oid(JobAcquisition.DUE_INDEX)).as("not rebuilt when unchanged").isEqualTo(before);

        String name = "mentorflow_test_changed_idx";
        try {
            assertThat(EngineIndex.ensure(jdbc, name, "public.act_ru_job (create_time_)", "test")).isTrue();
            long first = oid(name);
            assertThat(EngineIndex.ensure(jdbc, name, "public.act_ru_job (create_time_) where retries_ > 0", "test"))
                    .isTrue();
            assertThat(oid(name)).as("rebuilt with its new definition").isNotEqualTo(first);
            assertThat(jdbc.queryForObject("select pg_get_indexdef(?::regclass)", String.class, "public." + name))
                    .contains("WHERE (retries_ > 0)");
        } finally {
            jdbc.execute("drop index if exists public." + name);
        }
    }

    @Test
    void anIndexAnotherNodeIsBuildingIsLeftToIt() {
        String name = "mentorflow_test_busy_idx";
        // The lock EngineIndex takes for that name, held here as another node building it would hold it.
        List<Boolean> result = jdbc.execute((ConnectionCallback<List<Boolean>>) connection -> {
            try (var lock = connection.prepareStatement("select pg_advisory_lock(?, ?)")) {
                lock.setInt(1, EngineIndex.LOCK_CLASS);
                lock.setInt(2, name.hashCode());
                lock.execute();
            }
            try {
                return List.of(EngineIndex.ensure(jdbc, name, "public.act_ru_job (create_time_)", "test"));
            } finally {
                try (var unlock = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
                    unlock.setInt(1, EngineIndex.LOCK_CLASS);
                    unlock.setInt(2, name.hashCode());
                    unlock.execute();
                }
            }
        });
        assertThat(result).containsExactly(false);
        assertThat(jdbc.queryForObject("select to_regclass(?) is null", Boolean.class, "public." + name)).isTrue();
    }

    private long oid(String index) {
        return jdbc.queryForObject("select ?::regclass::oid", Long.class, "public." + index);
    }

    @Test
    void theAcquisitionQueryCanReadBothIndexes() {
        // With sequential scans priced out, a plan that still scans the table means an index cannot answer the query
        // (a partial index whose condition the query does not imply, a column the query does not filter on).
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        List<String> plan = transaction.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return jdbc.queryForList("explain " + ACQUISITION, String.class, now, now, now);
        });
        String text = String.join("\n", plan);
        assertThat(text).contains(JobAcquisition.DUE_INDEX).contains(JobAcquisition.LOCKED_INDEX)
                .doesNotContain("Seq Scan");
    }

    @Test
    void aJobWrittenWithoutADueDateFallsDueAtItsCreation() {
        String id = "test-" + UUID.randomUUID();
        Timestamp created = Timestamp.valueOf(LocalDateTime.of(2026, 1, 2, 3, 4, 5));
        jdbc.update("insert into public.act_ru_job (id_, rev_, type_, exclusive_, retries_, handler_type_, "
                + "suspension_state_, priority_, create_time_) values (?, 1, 'message', true, 3, 'mentorflow-test', 1, 0, ?)",
                id, created);
        try {
            assertThat(acquisition.giveEveryJobADueDate()).isGreaterThanOrEqualTo(1);
            assertThat(jdbc.queryForObject("select duedate_ from public.act_ru_job where id_ = ?", Timestamp.class, id))
                    .isEqualTo(created);
            assertThat(jdbc.queryForObject("select rev_ from public.act_ru_job where id_ = ?", Integer.class, id))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from public.act_ru_job where duedate_ is null", Long.class))
                    .isZero();
        } finally {
            jdbc.update("delete from public.act_ru_job where id_ = ?", id);
        }
    }
}
