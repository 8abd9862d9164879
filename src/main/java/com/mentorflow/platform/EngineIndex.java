package com.mentorflow.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An index of ours on one of the engine's tables. The engine creates its tables after Flyway has run, so these are
 * made at start-up, concurrently (no lock on running work). An index that is invalid (a concurrent build that failed
 * half-way, which "if not exists" would keep forever, unused) or whose definition changed is dropped and built again.
 * Nodes starting together take turns through an advisory lock: a node that finds another building the index leaves
 * it to that one rather than dropping an index still being built.
 */
public final class EngineIndex {

    /**
     * Advisory locks of two keys are apart from those of one (the match requests' by account); circles take class 67.
     */
    static final int LOCK_CLASS = 69;

    private static final Logger log = LoggerFactory.getLogger(EngineIndex.class);

    private EngineIndex() {
    }

    /**
     * @param name       the index's name, in the public schema beside the engine's tables
     * @param definition what follows "on", e.g. "public.act_ru_job (duedate_) where retries_ > 0"
     * @param purpose    what is slower without it, for the warning when it cannot be made
     * @return whether the index is there, valid and as defined once this returns
     */
    public static boolean ensure(JdbcTemplate jdbc, String name, String definition, String purpose) {
        try {
            return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                    ensure(connection, name, definition)));
        } catch (RuntimeException e) {
            // No right to, or the database refused: the work is slower, not wrong.
            log.warn("Could not create the index {} ({}): {}", name, purpose, e.getMessage());
            return false;
        }
    }

    private static boolean ensure(Connection connection, String name, String definition) throws SQLException {
        int key = name.hashCode();
        if (!bool(connection, "select pg_try_advisory_lock(?, ?)", LOCK_CLASS, key)) {
            log.info("The index {} is being built by another node; this one goes on without waiting", name);
            return false;
        }
        try (Statement statement = connection.createStatement()) {
            String wanted = normalised("create index " + name + " on " + definition);
            Boolean asWanted = asWanted(connection, name, wanted);
            if (Boolean.TRUE.equals(asWanted)) {
                return true;
            }
            if (asWanted != null) {
                statement.execute("drop index concurrently if exists public." + name);
            }
            statement.execute("create index concurrently " + name + " on " + definition);
            boolean built = Boolean.TRUE.equals(asWanted(connection, name, wanted));
            if (!built) {
                log.warn("The index {} was built but is not valid; the next start builds it again", name);
            }
            return built;
        } finally {
            bool(connection, "select pg_advisory_unlock(?, ?)", LOCK_CLASS, key);
        }
    }

    /** Null when there is no such index; otherwise whether it is valid and defined as wanted (normalised). */
    private static Boolean asWanted(Connection connection, String name, String wanted) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select i.indisvalid, pg_get_indexdef(c.oid) "
                + "from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and c.relname = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getBoolean(1) && normalised(row.getString(2)).equals(wanted) : null;
            }
        }
    }

    /** PostgreSQL prints "USING btree", brackets and upper-case words of its own; compare without them. */
    static String normalised(String definition) {
        return definition.toLowerCase(Locale.ROOT).replace("using btree", "").replaceAll("[()\\s]", "");
    }

    private static boolean bool(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }
}
