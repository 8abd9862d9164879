package com.mentorflow.circles;

import com.mentorflow.circles.CircleMembership.Role;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.MeetingMode;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the circle pages read: the searchable directory, a person's circles, a circle's people and meetings. The
 * circles module's read side: its queries join circle, circle_membership and affinity_network; meetings come from
 * {@link CircleMeetingRecords}, names and who is still active from people's {@code AccountService}.
 */
@Service
public class CircleDirectory {

    /** Everything optional; {@code roleWanted} keeps circles with a free seat for that role. */
    public record Filter(String text, Integer topic, Integer network, String language, String timeZone,
                         boolean openSeatsOnly, Role roleWanted) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, false, null);
        }
    }

    public record Summary(long id, String name, Set<Integer> topics, String description, String network, String language,
                          String timeZone, MeetingMode meetingMode, int maxSize, CircleStatus status, String manager,
                          int people, int advisors, int term, Instant termEndsAt) {

        public int openSeats() {
            return Math.max(0, maxSize - people);
        }

        Summary managedBy(String managerName) {
            return new Summary(id, name, topics, description, network, language, timeZone, meetingMode, maxSize, status,
                    managerName, people, advisors, term, termEndsAt);
        }
    }

    public record Member(long accountId, String name, Role role, CircleMembership.Status status, Instant since,
                         boolean manager) {
    }

    public record Meeting(int number, CircleMeetingKind kind, String topic, Instant scheduledAt, Integer durationMinutes,
                          String link, int attended, String summary, Instant heldAt) {
    }

    public record MyCircle(Summary circle, Role role, CircleMembership.Status status, Meeting nextMeeting) {
    }

    private final JdbcTemplate jdbc;
    private final EducationTopics educationTopics;
    private final Clock clock;
    private final AccountService accounts;
    private final CircleMeetingRecords meetingRecords;

    CircleDirectory(JdbcTemplate jdbc, EducationTopics educationTopics, Clock clock, AccountService accounts,
                    CircleMeetingRecords meetingRecords) {
        this.jdbc = jdbc;
        this.educationTopics = educationTopics;
        this.clock = clock;
        this.accounts = accounts;
        this.meetingRecords = meetingRecords;
    }

    /** Circles people can still join or follow, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public List<Summary> search(Filter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String sql = CircleDirectoryQueries.found(filter, args) + " order by c.proposed_at desc, c.id desc offset ? limit ?";
        args.add(offset);
        args.add(limit);
        return summaries(sql, args.toArray());
    }

    @Transactional(readOnly = true)
    public int count(Filter filter) {
        List<Object> args = new ArrayList<>();
        return jdbc.queryForObject("select count(*) from (" + CircleDirectoryQueries.found(filter, args) + ") found",
                Integer.class, args.toArray());
    }

    @Transactional(readOnly = true)
    public Summary summary(long circleId) {
        return summaries(CircleDirectoryQueries.SUMMARY + " where c.id = ?" + CircleDirectoryQueries.GROUP, circleId).stream()
                .findFirst()
                .orElseThrow(() -> new RejectedInputException("circle", Sentence.of("circles.refusal.noSuchCircle")));
    }

    /** The person's circles (asked to join, or in), running ones first, with each one's next planned meeting. */
    @Transactional(readOnly = true)
    public List<MyCircle> of(String username) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select m.circle_id, m.role, m.status from mentorflow.circle_membership m
                where m.account_id = ? and m.status in ('REQUESTED', 'APPROVED') order by m.requested_at desc""",
                accounts.idOf(username));
        List<MyCircle> mine = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            long circleId = ((Number) row.get("circle_id")).longValue();
            mine.add(new MyCircle(summary(circleId), Role.valueOf((String) row.get("role")),
                    CircleMembership.Status.valueOf((String) row.get("status")), nextMeeting(circleId)));
        }
        mine.sort((a, b) -> Boolean.compare(!a.circle().status().isOpen(), !b.circle().status().isOpen()));
        return mine;
    }

    /** The approved members who are still active (account and directory entry, as people's service says). */
    @Transactional(readOnly = true)
    public List<Member> members(long circleId) {
        List<Member> approved = jdbc.query("""
                select m.account_id, m.role, m.status, coalesce(m.decided_at, m.requested_at) as since,
                       c.manager_account_id = m.account_id as manager
                from mentorflow.circle_membership m
                join mentorflow.circle c on c.id = m.circle_id
                where m.circle_id = ? and m.status = 'APPROVED'
                order by m.role desc, since, m.id""",
                (row, n) -> new Member(row.getLong("account_id"), null, Role.valueOf(row.getString("role")),
                        CircleMembership.Status.valueOf(row.getString("status")), row.getTimestamp("since").toInstant(),
                        row.getBoolean("manager")), circleId);
        List<Long> ids = approved.stream().map(Member::accountId).toList();
        Set<Long> active = accounts.activeAmong(ids);
        Map<Long, String> names = accounts.displayNames(ids);
        return approved.stream().filter(m -> active.contains(m.accountId()))
                .map(m -> new Member(m.accountId(), names.get(m.accountId()), m.role(), m.status(), m.since(), m.manager()))
                .toList();
    }

    /** Meetings planned or held; the link and summaries only for people in the circle. */
    @Transactional(readOnly = true)
    public List<Meeting> meetings(long circleId, boolean forMembers) {
        return meetings(circleId, forMembers, null);
    }

    /** The same, each library topic as {@code reader} reads it. */
    @Transactional(readOnly = true)
    public List<Meeting> meetings(long circleId, boolean forMembers, Locale reader) {
        return meetingRecords.of(circleId, (row, n) -> {
            long topicId = row.getLong("education_topic_id");
            String topic = row.wasNull() ? row.getString("theme") : educationTopics.title(topicId, reader);
            String attended = row.getString("attended");
            Timestamp at = row.getTimestamp("scheduled_at");
            Timestamp held = row.getTimestamp("held_at");
            int duration = row.getInt("duration_minutes");
            boolean durationKnown = !row.wasNull();
            return new Meeting(row.getInt("number"), CircleMeetingKind.valueOf(row.getString("kind")), topic,
                    at == null ? null : at.toInstant(), durationKnown ? duration : null,
                    forMembers ? row.getString("link") : null,
                    attended == null || attended.isBlank() ? 0 : attended.split(",").length,
                    forMembers ? row.getString("summary") : null, held == null ? null : held.toInstant());
        });
    }

    private Meeting nextMeeting(long circleId) {
        Instant now = clock.instant();
        return meetings(circleId, true).stream().filter(m -> m.heldAt() == null && m.scheduledAt() != null
                && m.scheduledAt().isAfter(now.minusSeconds(3600))).findFirst().orElse(null);
    }

    /** Circles as listed; the managers' names come from people, which owns the account table. */
    private List<Summary> summaries(String sql, Object... args) {
        List<Long> managers = new ArrayList<>();
        List<Summary> found = jdbc.query(sql, (row, n) -> {
            long manager = row.getLong("manager_account_id");
            managers.add(row.wasNull() ? null : manager);
            return CircleDirectoryQueries.summary(row, n);
        }, args);
        Map<Long, String> names = accounts.displayNames(managers.stream().filter(Objects::nonNull).toList());
        List<Summary> named = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            named.add(found.get(i).managedBy(managers.get(i) == null ? null : names.get(managers.get(i))));
        }
        return named;
    }
}
