package com.mentorflow.insights;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.ProgramCalendar;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Sentence;
import com.mentorflow.tasks.TaskNames;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a program manager should look: requests waiting too long, mentorships that stopped meeting, modules
 * left open, circles not published or stuck at renewal. Each row names what it is about and since when; the
 * nudges ({@link AttentionNudges}) mail the people concerned through the outbox. Private notes and comments are
 * never read here.
 */
@Service
public class AttentionLists {

    public enum Kind {
        REQUESTS("Requests waiting over 7 days"),
        MENTORSHIPS("Mentorships with two missed meetings or none in 45 days"),
        MODULES("Modules overdue by more than a month"),
        UNPUBLISHED("Circles not published after 6 weeks"),
        RENEWALS("Circle renewal decisions pending"),
        LEAVERS("Mentorships where someone left");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The English name (logs, tests); a person reads {@link #textKey()}. */
        public String label() {
            return label;
        }

        /** The list's name in i18n/insights. */
        public String textKey() {
            return "insights.attention.kind." + name();
        }
    }

    /**
     * One row: {@code id} is the request, mentorship or circle id (for modules: the mentorship); what it is
     * {@code about} and {@code why} it is listed, said in the reader's language.
     */
    public record Item(Kind kind, long id, Sentence about, Sentence why, Instant since, String link) {

        /** What the row is about, in English (logs, tests). */
        public String subject() {
            return about.english();
        }

        /** Why it is listed, in English (logs, tests). */
        public String detail() {
            return why.english();
        }
    }

    private final com.github.benmanes.caffeine.cache.LoadingCache<Kind, Integer> counts;
    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final ProgramCalendar calendar;
    private final AttentionNudges nudges;
    private final Clock clock;
    private final TaskNames taskNames;

    AttentionLists(NamedParameterJdbcTemplate jdbc, ProgramCalendar calendar, AttentionNudges nudges, Clock clock,
                   TaskNames taskNames,
                   @org.springframework.beans.factory.annotation.Value("${mentorflow.insights.cache-seconds:60}") int cacheSeconds) {
        this.jdbc = jdbc;
        this.counts = SharedCache.of(cacheSeconds, 20, kind -> jdbc.queryForObject(
                "select count(*) from (" + AttentionQueries.of(kind) + ") found", params(), Integer.class));
        // PostgreSQL streams rows a chunk at a time inside a transaction when a fetch size is set.
        org.springframework.jdbc.core.JdbcTemplate chunked = new org.springframework.jdbc.core.JdbcTemplate(
                jdbc.getJdbcTemplate().getDataSource());
        chunked.setFetchSize(2000);
        this.streaming = new NamedParameterJdbcTemplate(chunked);
        this.calendar = calendar;
        this.nudges = nudges;
        this.clock = clock;
        this.taskNames = taskNames;
    }

    /** How many rows a list has; program managers share the count for {@code mentorflow.insights.cache-seconds}. */
    public int count(Kind kind) {
        requireProgramManager();
        return counts.get(kind);
    }

    /** After an action the lists change: count again. */
    public void recount() {
        counts.invalidateAll();
    }

    @Transactional(readOnly = true)
    public List<Item> page(Kind kind, int offset, int limit) {
        requireProgramManager();
        return jdbc.query(AttentionQueries.of(kind) + " order by since, id offset :offset limit :limit",
                params().addValue("offset", offset).addValue("limit", limit), (row, n) -> item(kind, row));
    }

    /** Every row of a list, streamed (for the CSV export). */
    @Transactional(readOnly = true)
    public void forEach(Kind kind, Consumer<Item> consumer) {
        requireProgramManager();
        streaming.query(AttentionQueries.of(kind) + " order by since, id", params(), row -> {
            consumer.accept(item(kind, row));
        });
    }

    /** A list as CSV: one row per item, in the order of the page. */
    @Transactional(readOnly = true)
    void writeCsv(Kind kind, SafeCsv csv, Runnable written) throws java.io.IOException {
        csv.printRecord(csv.header("list"), csv.header("id"), csv.header("about"), csv.header("why"), csv.timeHeader("since"));
        try {
            forEach(kind, item -> {
                try {
                    csv.printRecord(csv.text(kind.textKey()), item.id(), csv.said(item.about()), csv.said(item.why()), item.since());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                written.run();
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Mails the people who can move the item on, with the program manager's words; recorded in the audit log. */
    @Transactional
    public void nudge(String managerUsername, Item item, String message) {
        requireProgramManager();
        nudges.nudge(managerUsername, item, message);
    }

    private MapSqlParameterSource params() {
        Instant now = clock.instant();
        Duration day = Duration.parse(calendar.getDay());
        return new MapSqlParameterSource()
                .addValue("requestsBefore", Timestamp.from(now.minus(day.multipliedBy(7))))
                .addValue("quietSince", Timestamp.from(now.minus(day.multipliedBy(45))))
                .addValue("modulesBefore", Timestamp.from(now.minus(Duration.parse(calendar.getMonth()))))
                .addValue("unpublishedBefore", Timestamp.from(now.minus(Duration.parse(calendar.weeks(6)))));
    }

    private Item item(Kind kind, ResultSet row) throws SQLException {
        return AttentionQueries.item(kind, row, taskNames);
    }

    static void requireProgramManager() {
        if (!CurrentUser.hasRole(Roles.PROGRAM_MANAGER) && !CurrentUser.hasRole(Roles.ADMIN)) {
            throw new NotPermittedException(Sentence.of("insights.attention.refusal.managersOnly"));
        }
    }

}
