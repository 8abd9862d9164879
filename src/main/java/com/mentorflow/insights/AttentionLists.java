package com.mentorflow.insights;

import com.mentorflow.notify.MailOutbox;
import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.ProgramCalendar;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.tasks.TaskNames;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a program manager should look: requests waiting too long, mentorships that stopped meeting, modules
 * left open, circles not published or stuck at renewal. Each row names what it is about and since when; the
 * nudges mail the people concerned through the outbox. Private notes and comments are never read here.
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

        public String label() {
            return label;
        }
    }

    /** One row: {@code id} is the request, mentorship or circle id (for modules: the mentorship). */
    public record Item(Kind kind, long id, String subject, String detail, Instant since, String link) {
    }

    private final com.github.benmanes.caffeine.cache.LoadingCache<Kind, Integer> counts;
    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final ProgramCalendar calendar;
    private final MailOutbox mail;
    private final AuditLog audit;
    private final Clock clock;
    private final TaskNames taskNames;

    AttentionLists(NamedParameterJdbcTemplate jdbc, ProgramCalendar calendar, MailOutbox mail, AuditLog audit, Clock clock,
                   TaskNames taskNames,
                   @org.springframework.beans.factory.annotation.Value("${mentorflow.insights.cache-seconds:60}") int cacheSeconds) {
        this.jdbc = jdbc;
        this.counts = SharedCache.of(cacheSeconds, 20, kind -> jdbc.queryForObject("select count(*) from (" + sql(kind)
                + ") found", params(), Integer.class));
        // PostgreSQL streams rows a chunk at a time inside a transaction when a fetch size is set.
        org.springframework.jdbc.core.JdbcTemplate chunked = new org.springframework.jdbc.core.JdbcTemplate(
                jdbc.getJdbcTemplate().getDataSource());
        chunked.setFetchSize(2000);
        this.streaming = new NamedParameterJdbcTemplate(chunked);
        this.calendar = calendar;
        this.mail = mail;
        this.audit = audit;
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
        return jdbc.query(sql(kind) + " order by since, id offset :offset limit :limit",
                params().addValue("offset", offset).addValue("limit", limit), (row, n) -> item(kind, row));
    }

    /** Every row of a list, streamed (for the CSV export). */
    @Transactional(readOnly = true)
    public void forEach(Kind kind, Consumer<Item> consumer) {
        requireProgramManager();
        streaming.query(sql(kind) + " order by since, id", params(), row -> {
            consumer.accept(item(kind, row));
        });
    }

    /** A list as CSV: one row per item, in the order of the page. */
    @Transactional(readOnly = true)
    void writeCsv(Kind kind, SafeCsv csv, Runnable written) throws java.io.IOException {
        csv.printRecord("list", "id", "about", "why", csv.timeHeader("since"));
        try {
            forEach(kind, item -> {
                try {
                    csv.printRecord(kind.label(), item.id(), item.subject(), item.detail(), item.since());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                written.run();
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    // ---- actions ------------------------------------------------------------------------------------------

    /** Mails the people who can move the item on, with the program manager's words; recorded in the audit log. */
    @Transactional
    public void nudge(String managerUsername, Item item, String message) {
        requireProgramManager();
        String text = message == null ? "" : message.strip();
        new RejectedInputException.Collector()
                .check(text.length() >= 10 && text.length() <= 1000, "message", "Write a short message (10 to 1000 characters).")
                .throwIfAny();
        List<String> recipients = recipients(item);
        if (recipients.isEmpty()) {
            throw new ConflictException("Nobody to nudge: this has moved on in the meantime.");
        }
        for (String email : recipients) {
            mail.enqueue(email, "A note from your program manager: " + item.subject(), text
                    + "\n\n(" + item.kind().label() + ": " + item.detail() + ")\n");
        }
        audit.record(managerUsername, "nudged", item.kind().name().toLowerCase() + " " + item.id() + ": " + text);
    }

    private List<String> recipients(Item item) {
        Map<String, Object> p = Map.of("id", item.id());
        return switch (item.kind()) {
            case REQUESTS -> jdbc.queryForList("select a.email from mentorflow.match_request r join mentorflow.account a "
                    + "on a.id = case when r.status = 'PENDING' then r.mentor_account_id else r.mentee_account_id end "
                    + "where r.id = :id and r.status in ('PENDING', 'PENDING_APPROVAL')", p, String.class);
            case MENTORSHIPS, MODULES, LEAVERS -> jdbc.queryForList("select a.email from mentorflow.mentorship m join mentorflow.account a "
                    + "on a.id in (m.mentee_account_id, m.mentor_account_id) where m.id = :id and m.status = 'ACTIVE' and a.active"
                    + (item.kind() == Kind.MODULES ? " and a.id = m.mentee_account_id" : ""), p, String.class);
            case UNPUBLISHED, RENEWALS -> jdbc.queryForList("select a.email from mentorflow.circle c join mentorflow.account a "
                    + "on a.id = c.manager_account_id where c.id = :id", p, String.class);
        };
    }

    // ---- the lists ----------------------------------------------------------------------------------------

    private String sql(Kind kind) {
        return switch (kind) {
            case REQUESTS -> """
                    select r.id, r.created_at as since, me.display_name || ' asked ' || mo.display_name as subject,
                           case when r.status = 'PENDING' then 'waiting for the mentor' else 'waiting for a program manager' end
                           || ' (' || lower(r.program) || ')' as detail, null as link
                    from mentorflow.match_request r join mentorflow.account me on me.id = r.mentee_account_id
                    join mentorflow.account mo on mo.id = r.mentor_account_id
                    where r.status in ('PENDING', 'PENDING_APPROVAL') and r.created_at < :requestsBefore""";
            case MENTORSHIPS -> """
                    select m.id, coalesce(m.last_held_at, m.started_at) as since,
                           'Mentorship of ' || me.display_name || ' with ' || mo.display_name as subject,
                           case when m.missed_in_a_row >= 2 then 'the last ' || m.missed_in_a_row || ' meetings were missed'
                                else 'no meeting held in 45 days' end as detail,
                           'insights/mentorships/' || m.id as link
                    from mentorflow.mentorship m join mentorflow.account me on me.id = m.mentee_account_id
                    join mentorflow.account mo on mo.id = m.mentor_account_id
                    where m.status = 'ACTIVE' and (m.missed_in_a_row >= 2 or coalesce(m.last_held_at, m.started_at) < :quietSince)""";
            case MODULES -> """
                    select m.id, t.create_time_ as since,
                           'Mentorship of ' || me.display_name || ' with ' || mo.display_name as subject,
                           t.name_ as detail, 'insights/mentorships/' || m.id as link, t.id_ as task_id
                    from public.act_ru_task t
                    join public.act_ru_execution pi on pi.id_ = t.proc_inst_id_
                    join mentorflow.mentorship m on cast(m.id as varchar) = pi.business_key_
                    join mentorflow.account me on me.id = m.mentee_account_id
                    join mentorflow.account mo on mo.id = m.mentor_account_id
                    where t.task_def_key_ = 'Task_CompleteModule' and t.create_time_ < :modulesBefore
                      and m.status = 'ACTIVE'""";
            case UNPUBLISHED -> """
                    select c.id, c.proposed_at as since, 'Circle ' || c.name as subject,
                           (select count(*) from mentorflow.circle_membership cm where cm.circle_id = c.id
                             and cm.status = 'APPROVED') || ' people, manager ' || coalesce(a.display_name, 'none') as detail,
                           'circle/' || c.id as link
                    from mentorflow.circle c left join mentorflow.account a on a.id = c.manager_account_id
                    where c.status = 'RECRUITING' and c.proposed_at < :unpublishedBefore""";
            case RENEWALS -> """
                    select c.id, c.term_ends_at as since, 'Circle ' || c.name as subject,
                           'term ' || c.term || ' ended, manager ' || coalesce(a.display_name, 'none') as detail,
                           'circle/' || c.id as link
                    from mentorflow.circle c left join mentorflow.account a on a.id = c.manager_account_id
                    where c.status = 'RENEWAL_PENDING'""";
            // Issue 14 §6: a mentorship is not ended because someone was deactivated; a program manager decides.
            case LEAVERS -> """
                    select m.id, coalesce((select max(e.at) from mentorflow.audit_entry e
                               join mentorflow.audit_entry_subject s on s.entry_id = e.id
                               where e.action = 'person.deactivated'
                                 and s.account_id in (m.mentee_account_id, m.mentor_account_id)), m.started_at) as since,
                           'Mentorship of ' || me.display_name || ' with ' || mo.display_name as subject,
                           case when me.active and coalesce(mee.active, true) then 'the mentor ' || mo.display_name
                                else 'the mentee ' || me.display_name end
                           || ' is deactivated; the mentorship is still running' as detail,
                           'insights/mentorships/' || m.id as link
                    from mentorflow.mentorship m join mentorflow.account me on me.id = m.mentee_account_id
                    join mentorflow.account mo on mo.id = m.mentor_account_id
                    left join mentorflow.employee mee on mee.employee_id = me.employee_id
                    left join mentorflow.employee moe on moe.employee_id = mo.employee_id
                    where m.status = 'ACTIVE' and not (me.active and coalesce(mee.active, true)
                                                       and mo.active and coalesce(moe.active, true))""";
        };
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
        Timestamp since = row.getTimestamp("since");
        String detail = row.getString("detail");
        if (kind == Kind.MODULES) {
            // The model names the task once for every module; the journey module says which one this is.
            detail = taskNames.of(row.getString("task_id")).orElse(detail) + " open since it was released";
        }
        return new Item(kind, row.getLong("id"), row.getString("subject"), detail,
                since == null ? null : since.toInstant(), row.getString("link"));
    }

    static void requireProgramManager() {
        if (!CurrentUser.hasRole(Roles.PROGRAM_MANAGER) && !CurrentUser.hasRole(Roles.ADMIN)) {
            throw new NotPermittedException("Only program managers and admins see these lists.");
        }
    }

}
