package com.mentorflow.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An index of ours on one of the engine's tables. The engine creates its tables after Flyway has run, so these are
 * made at start-up, concurrently (no lock on running work). A concurrent build that failed half-way leaves an invalid
 * index that "if not exists" would keep forever, unused: that one is dropped and built again.
 */
public final class EngineIndex {

    private static final Logger log = LoggerFactory.getLogger(EngineIndex.class);

    private EngineIndex() {
    }

    /**
     * @param name       the index's name, in the public schema beside the engine's tables
     * @param definition what follows "on", e.g. "public.act_ru_job (duedate_)"
     * @param purpose    what is slower without it, for the warning when it cannot be made
     * @return whether the index is there and valid
     */
    public static boolean ensure(JdbcTemplate jdbc, String name, String definition, String purpose) {
        try {
            Boolean valid = jdbc.query("select i.indisvalid from pg_index i join pg_class c on c.oid = i.indexrelid "
                    + "join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relname = ?",
                    rows -> rows.next() ? rows.getBoolean(1) : null, name);
            if (Boolean.TRUE.equals(valid)) {
                return true;
            }
            if (valid != null) {
                jdbc.execute("drop index concurrently if exists public." + name);
            }
            jdbc.execute("create index concurrently if not exists " + name + " on " + definition);
            return true;
        } catch (RuntimeException e) {
            // Another node building it at the same moment, or no right to: the work is slower, not wrong.
            log.warn("Could not create the index {} ({}): {}", name, purpose, e.getMessage());
            return false;
        }
    }
}
