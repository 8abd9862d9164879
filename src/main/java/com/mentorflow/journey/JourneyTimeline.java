package com.mentorflow.journey;

import com.mentorflow.matching.MyMatchRequests;
import com.mentorflow.matching.Mentorship;
import com.mentorflow.matching.Mentorships;
import com.mentorflow.people.AccountService;
import com.mentorflow.matching.MilitaryVisibility;
import com.mentorflow.people.Program;
import com.mentorflow.people.TimeZones;
import com.mentorflow.platform.ProgramCalendar;
import com.mentorflow.platform.Times;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's mentorship year as a timeline: what is done, what is due now, what comes and when. */
@Service
public class JourneyTimeline {

    public enum State { DONE, DUE_NOW, UPCOMING }

    public record Item(Instant when, String what, State state, String detail) {
    }

    /** @param partnerMilitary the partner's military background as their matched partner may see it, or null */
    public record Year(long mentorshipId, String partner, String role, Program program, Instant since,
                       String nextMeeting, String lastActionItems, List<Item> items, String partnerMilitary) {
    }

    private final MyMatchRequests requests;
    private final Mentorships mentorships;
    private final JourneyPlan plan;
    private final JourneyService journey;
    private final ProgramCalendar calendar;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MilitaryVisibility military;
    private final TimeZones zones;
    private final AccountService accounts;

    JourneyTimeline(MyMatchRequests requests, Mentorships mentorships, JourneyPlan plan, JourneyService journey,
                    ProgramCalendar calendar, JdbcTemplate jdbc, Clock clock, MilitaryVisibility military, TimeZones zones,
                    AccountService accounts) {
        this.requests = requests;
        this.mentorships = mentorships;
        this.plan = plan;
        this.journey = journey;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.clock = clock;
        this.military = military;
        this.zones = zones;
        this.accounts = accounts;
    }

    /** The active mentorships of this person, each as a year; times read as in their mail. */
    @Transactional(readOnly = true)
    public List<Year> of(String username) {
        return of(username, Times.MAIL_LOCALE);
    }

    /** As {@link #of(String)}, times in the person's zone and the given language (a view's). */
    @Transactional(readOnly = true)
    public List<Year> of(String username, Locale locale) {
        Times times = new Times(zones.zoneOf(username), locale);
        return requests.mentorshipsOf(username).stream()
                .filter(m -> m.status() == Mentorship.Status.ACTIVE)
                .map(m -> year(m, username, times)).toList();
    }

    private Year year(MyMatchRequests.MentorshipSummary mentorship, String username, Times times) {
        Instant now = clock.instant();
        Instant start = mentorship.since();
        Mentorships.Pair pair = mentorships.pair(mentorship.id());
        boolean iAmMentor = pair.mentorUsername().equals(username);
        ZoneId partnerZone = zones.zoneOf(iAmMentor ? pair.menteeAccountId() : pair.mentorAccountId());
        int length = pair.lengthMonths();
        List<Item> items = new ArrayList<>();
        Set<Integer> completedModules = Set.copyOf(jdbc.queryForList("select module_number from mentorflow.module_progress "
                + "where mentorship_id = ? and completed_at is not null", Integer.class, mentorship.id()));
        for (int module : plan.moduleNumbers(mentorship.program().name())) {
            LearningModule content = journey.module(module);
            Instant released = start.plus(months(content.releaseMonth()));
            boolean done = completedModules.contains(module);
            items.add(new Item(released, "Module " + module + ": " + content.title(), state(done, released, now),
                    iAmMentor ? "Mentor insight: " + content.mentorInsight() : content.summary()));
        }
        Map<Integer, Map<String, Object>> meetings = journey.meetings(mentorship.id(), username).stream()
                .collect(Collectors.toMap(m -> ((Number) m.get("number")).intValue(), m -> m));
        for (int meeting : plan.meetingNumbers(length)) {
            Instant due = start.plus(months(plan.meetingMonth(meeting)));
            Map<String, Object> logged = meetings.get(meeting);
            boolean done = logged != null && logged.get("held") != null;
            String detail = logged == null ? "" : done ? (Boolean.TRUE.equals(logged.get("held")) ? "Held: " + logged.get("topics")
                    + (logged.get("private_notes") == null ? "" : " — notes: " + logged.get("private_notes")) : "Missed")
                    : logged.get("scheduled_at") == null ? "" : "Planned for " + when(logged, times, partnerZone) + ", " + logged.get("place");
            items.add(new Item(due, "Meeting " + meeting + " with " + mentorship.partner(), state(done, due, now), detail));
        }
        Set<Integer> answered = Set.copyOf(jdbc.queryForList("select month from mentorflow.check_in where mentorship_id = ? "
                + "and account_id = ?", Integer.class, mentorship.id(), accounts.idOf(username)));
        for (int month : plan.checkInMonths(length)) {
            Instant due = start.plus(months(month));
            items.add(new Item(due, "Check-in at month " + month, state(answered.contains(month), due, now), ""));
        }
        items.add(new Item(start.plus(months(length)), length == 12 ? "The year is complete"
                : "The mentorship completes after " + length + " months", State.UPCOMING, ""));
        items.sort(Comparator.comparing(Item::when).thenComparing(Item::what));
        String next = meetings.values().stream()
                .filter(m -> m.get("held") == null && m.get("scheduled_at") != null)
                .map(m -> "Meeting " + m.get("number") + " on " + when(m, times, partnerZone) + ", " + m.get("place"))
                .findFirst().orElse("Not planned yet: open the meeting task in My tasks to plan it.");
        String actions = meetings.values().stream().filter(m -> m.get("action_items") != null)
                .max(Comparator.comparing(m -> ((Number) m.get("number")).intValue()))
                .map(m -> m.get("action_items").toString()).orElse("None yet.");
        long me = iAmMentor ? pair.mentorAccountId() : pair.menteeAccountId();
        String partnerMilitary = military.describeFor(me, iAmMentor ? pair.menteeAccountId() : pair.mentorAccountId())
                .orElse(null);
        return new Year(mentorship.id(), mentorship.partner(), mentorship.role(), mentorship.program(), start, next, actions,
                items, partnerMilitary);
    }

    private static String when(Map<String, Object> meeting, Times times, ZoneId partnerZone) {
        return times.dateTime(((Timestamp) meeting.get("scheduled_at")).toInstant(), partnerZone);
    }

    private Duration months(int count) {
        return Duration.parse(calendar.months(count));
    }

    /** A second of slack: the database keeps microseconds and rounds, so "due now" may read a hair ahead. */
    private static State state(boolean done, Instant due, Instant now) {
        return done ? State.DONE : due.isAfter(now.plusSeconds(1)) ? State.UPCOMING : State.DUE_NOW;
    }
}
