package com.mentorflow.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only facts about participants for other modules (matching). Plain SQL over account, profile and
 * employee (reads only; they are written through their entities), because the suggestion engine loads all mentors
 * at once.
 */
@Service
public class ParticipantDirectory {

    private static final String SELECT = """
            select a.id, a.display_name, a.active and coalesce(e.active, true) as active,
                   -- An entry made for an account (local-…) says nothing about employment: circles still refuse it.
                   case when e.employee_id like 'local-%' then null else e.employee_type end as employee_type,
                   p.wants_mentor, p.wants_mentee, p.accepting_requests, p.mentor_capacity, p.programs,
                   coalesce(p.time_zone, e.time_zone) as time_zone, e.site, e.country, e.business_line, e.job_family,
                   e.level, e.hire_date, e.languages, p.goal_topics, p.strength_topics, p.service_relation,
                   p.service_branch, p.transition_year, p.show_military
            from mentorflow.account a
            join mentorflow.profile p on p.account_id = a.id
            left join mentorflow.employee e on e.employee_id = a.employee_id
            """;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    ParticipantDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // PostgreSQL streams rows in chunks of the fetch size inside a transaction instead of loading all.
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(2000);
    }

    @Transactional(readOnly = true)
    public Optional<ParticipantFacts> find(long accountId) {
        List<ParticipantFacts> found = jdbc.query(SELECT + " where a.id = ?", ParticipantDirectory::facts, accountId);
        return found.stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<ParticipantFacts> findByUsername(String username) {
        List<ParticipantFacts> found = jdbc.query(SELECT + " where a.username = ?", ParticipantDirectory::facts, username);
        return found.stream().findFirst();
    }

    /** Every person who offered to mentor, streamed (100,000 of them must not sit in one list twice). */
    @Transactional(readOnly = true)
    public void forEachMentor(Consumer<ParticipantFacts> consumer) {
        streaming.query(SELECT + " where p.wants_mentor", row -> {
            consumer.accept(facts(row, 0));
        });
    }

    /** Every person who wants a mentor, streamed like the mentors (a cohort may hold 10,000 of them). */
    @Transactional(readOnly = true)
    public void forEachMentee(Consumer<ParticipantFacts> consumer) {
        streaming.query(SELECT + " where p.wants_mentee", row -> {
            consumer.accept(facts(row, 0));
        });
    }

    private static ParticipantFacts facts(ResultSet row, int rowNumber) throws SQLException {
        String type = row.getString("employee_type");
        String relation = row.getString("service_relation");
        java.sql.Date hired = row.getDate("hire_date");
        short level = row.getShort("level");
        boolean levelKnown = !row.wasNull();
        short transition = row.getShort("transition_year");
        boolean transitionKnown = !row.wasNull();
        return new ParticipantFacts(row.getLong("id"), row.getString("display_name"), row.getBoolean("active"),
                type == null ? null : EmployeeType.valueOf(type), row.getBoolean("wants_mentor"),
                row.getBoolean("wants_mentee"), row.getBoolean("accepting_requests"), row.getShort("mentor_capacity"),
                Profile.programs(row.getString("programs")), row.getString("time_zone"), row.getString("site"),
                row.getString("country"), row.getString("business_line"), row.getString("job_family"),
                levelKnown ? (int) level : null, hired == null ? null : hired.toLocalDate(),
                languages(row.getString("languages")), Profile.ids(row.getString("goal_topics")),
                Profile.ids(row.getString("strength_topics")),
                relation == null ? MilitaryBackground.Relation.NONE : MilitaryBackground.Relation.valueOf(relation),
                row.getString("service_branch"), transitionKnown ? (int) transition : null,
                row.getBoolean("show_military"));
    }

    static Set<String> languages(String joined) {
        return joined == null || joined.isBlank() ? Set.of()
                : Arrays.stream(joined.split("[;|,]")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                        .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
