package com.mentorflow.circles;

import com.mentorflow.circles.CircleDirectory.Filter;
import com.mentorflow.circles.CircleDirectory.Summary;
import com.mentorflow.circles.CircleMembership.Role;
import com.mentorflow.people.MeetingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of {@link CircleDirectory}: a circle with its network's name and its seat counts, and the search's filter
 * as conditions with their arguments (only ever as arguments: the filter is what a person typed).
 */
final class CircleDirectoryQueries {

    static final String SUMMARY = """
            select c.id, c.name, c.topics, c.description, n.name as network, c.language, c.time_zone, c.meeting_mode,
                   c.max_size, c.status, c.term, c.term_ends_at, c.manager_account_id,
                   count(m.id) filter (where m.status = 'APPROVED') as people,
                   count(m.id) filter (where m.status = 'APPROVED' and m.role = 'ADVISOR') as advisors
            from mentorflow.circle c
            left join mentorflow.affinity_network n on n.id = c.affinity_network
            left join mentorflow.circle_membership m on m.circle_id = c.id
            """;
    static final String GROUP = " group by c.id, n.name ";
    private static final List<String> LISTED = List.of(CircleStatus.RECRUITING.name(), CircleStatus.ACTIVE.name(),
            CircleStatus.RENEWAL_PENDING.name(), CircleStatus.EXTENDED.name());

    private CircleDirectoryQueries() {
    }

    /** The circles the filter finds, as a query to page or count; the filter's values are added to {@code args}. */
    static String found(Filter filter, List<Object> args) {
        return SUMMARY + where(filter, args) + GROUP + having(filter);
    }

    private static String where(Filter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" where c.status in (" + LISTED.stream().map(s -> "'" + s + "'")
                .collect(Collectors.joining(", ")) + ")");
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (c.name ilike ? or c.description ilike ?)");
            args.add(like);
            args.add(like);
        }
        if (filter.topic() != null) {
            where.append(" and (',' || c.topics || ',') like ?");
            args.add("%," + filter.topic() + ",%");
        }
        if (filter.network() != null) {
            where.append(" and c.affinity_network = ?");
            args.add(filter.network());
        }
        if (filter.language() != null) {
            where.append(" and c.language = ?");
            args.add(filter.language());
        }
        if (filter.timeZone() != null) {
            where.append(" and c.time_zone = ?");
            args.add(filter.timeZone());
        }
        return where.toString();
    }

    private static String having(Filter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.openSeatsOnly() || filter.roleWanted() != null) {
            conditions.add("count(m.id) filter (where m.status = 'APPROVED') < c.max_size");
        }
        if (filter.roleWanted() == Role.ADVISOR) {
            conditions.add("count(m.id) filter (where m.status = 'APPROVED' and m.role = 'ADVISOR') < "
                    + Circles.RECOMMENDED_ADVISORS);
        }
        return conditions.isEmpty() ? "" : " having " + String.join(" and ", conditions);
    }

    /** A row of {@link #SUMMARY}, its manager not yet named (people owns the names). */
    static Summary summary(ResultSet row, int n) throws SQLException {
        Timestamp ends = row.getTimestamp("term_ends_at");
        return new Summary(row.getLong("id"), row.getString("name"), CircleTopics.read(row.getString("topics")),
                row.getString("description"), row.getString("network"), row.getString("language"), row.getString("time_zone"),
                MeetingMode.valueOf(row.getString("meeting_mode")), row.getInt("max_size"),
                CircleStatus.valueOf(row.getString("status")), null, row.getInt("people"), row.getInt("advisors"),
                row.getInt("term"), ends == null ? null : ends.toInstant());
    }
}
