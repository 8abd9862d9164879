package com.mentorflow.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a wave left in the engine's tables, counted there: journeys, month-0 tasks, inboxes, rows per journey. */
final class WaveReadBack {

    /** The run's journeys: mentee-journey instances whose business key is one of the run's mentorship ids. */
    static final String JOURNEYS = """
            with j as (select id_ from public.act_ru_execution where id_ = proc_inst_id_
                and proc_def_id_ like 'mentee-journey:%'
                and (case when business_key_ ~ '^[0-9]{1,18}$' then business_key_::bigint end) between ? and ?)
            """;

    private final JdbcTemplate jdbc;
    private final long firstMentorship;
    private final long lastMentorship;

    WaveReadBack(JdbcTemplate jdbc, List<WavePairs.Pair> pairs) {
        this.jdbc = jdbc;
        this.firstMentorship = pairs.get(0).mentorshipId();
        this.lastMentorship = pairs.get(pairs.size() - 1).mentorshipId();
    }

    long journeys() {
        return jdbc.queryForObject(JOURNEYS + "select count(*) from j", Long.class, firstMentorship, lastMentorship);
    }

    /** Open tasks of the run's journeys by task definition, e.g. {Task_CompleteModule=10000, Task_Meeting=10000}. */
    Map<String, Long> tasks() {
        Map<String, Long> tasks = new LinkedHashMap<>();
        jdbc.query(JOURNEYS + "select t.task_def_key_, count(*) from public.act_ru_task t join j on j.id_ = t.proc_inst_id_ "
                        + "group by 1 order by 1", row -> {
                    tasks.put(row.getString(1), row.getLong(2));
                }, firstMentorship, lastMentorship);
        return tasks;
    }

    /** Tasks in the run's mentees' or mentors' inboxes: assigned to them, or offered to them by name. */
    long inboxTasks(String usernamePrefix) {
        return jdbc.queryForObject("""
                select (select count(*) from public.act_ru_task where assignee_ like ?)
                     + (select count(*) from public.act_ru_identitylink where type_ = 'candidate' and task_id_ is not null
                          and user_id_ like ?)""", Long.class, usernamePrefix + "%", usernamePrefix + "%");
    }

    /** Rows each journey wrote, per engine table (the ones a start touches), counted for the run's journeys. */
    Map<String, Long> rows() {
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("act_ru_execution", "select count(*) from public.act_ru_execution e join j on j.id_ = e.proc_inst_id_");
        counts.put("act_ru_job", "select count(*) from public.act_ru_job x join j on j.id_ = x.process_instance_id_");
        counts.put("act_ru_task", "select count(*) from public.act_ru_task x join j on j.id_ = x.proc_inst_id_");
        counts.put("act_ru_variable", "select count(*) from public.act_ru_variable x join j on j.id_ = x.proc_inst_id_");
        counts.put("act_ru_identitylink", "select count(*) from public.act_ru_identitylink l join public.act_ru_task x "
                + "on x.id_ = l.task_id_ join j on j.id_ = x.proc_inst_id_");
        counts.put("act_ru_event_subscr", "select count(*) from public.act_ru_event_subscr x join j on j.id_ = x.proc_inst_id_");
        counts.put("act_hi_procinst", "select count(*) from public.act_hi_procinst x join j on j.id_ = x.proc_inst_id_");
        counts.put("act_hi_actinst", "select count(*) from public.act_hi_actinst x join j on j.id_ = x.proc_inst_id_");
        counts.put("act_hi_taskinst", "select count(*) from public.act_hi_taskinst x join j on j.id_ = x.proc_inst_id_");
        counts.put("act_hi_varinst", "select count(*) from public.act_hi_varinst x join j on j.id_ = x.proc_inst_id_");
        counts.put("act_hi_identitylink", "select count(*) from public.act_hi_identitylink l join public.act_ru_task x "
                + "on x.id_ = l.task_id_ join j on j.id_ = x.proc_inst_id_");
        // Written only at history level full (each variable's value as set, each job's creation): counted too, so a
        // full-history run counts what that level adds.
        counts.put("act_hi_detail", "select count(*) from public.act_hi_detail x join j on j.id_ = x.proc_inst_id_");
        counts.put("act_hi_job_log", "select count(*) from public.act_hi_job_log x join j on j.id_ = x.process_instance_id_");
        Map<String, Long> rows = new LinkedHashMap<>();
        counts.forEach((table, sql) -> rows.put(table, jdbc.queryForObject(JOURNEYS + sql, Long.class, firstMentorship,
                lastMentorship)));
        return rows;
    }
}
