package com.mentorflow.journey;

import com.mentorflow.matching.MilitaryVisibility;
import com.mentorflow.matching.Mentorship;
import com.mentorflow.matching.Mentorships;
import com.mentorflow.matching.MyMatchRequests;
import com.mentorflow.people.Program;
import com.mentorflow.people.TimeZones;
import com.mentorflow.platform.Times;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's mentorship year as a timeline: what is done, what is due now, what comes and when. */
@Service
public class JourneyTimeline {

    public enum State { DONE, DUE_NOW, UPCOMING }

    public record Item(Instant when, String what, State state, String detail) {
    }

    /**
     * @param partnerMilitary the partner's military background as their matched partner may see it, or null
     * @param stages          for the mentor: the stages reached so far with their insights; empty for the mentee
     */
    public record Year(long mentorshipId, String partner, String role, Program program, Instant since,
                       String nextMeeting, String lastActionItems, List<Item> items, String partnerMilitary,
                       List<MentorStages.Stage> stages) {
    }

    private final MyMatchRequests requests;
    private final Mentorships mentorships;
    private final JourneyPlan plan;
    private final JourneyModules modules;
    private final JourneyMeetings meetings;
    private final ModuleProgressRecords progress;
    private final CheckInRecords checkIns;
    private final Clock clock;
    private final MilitaryVisibility military;
    private final TimeZones zones;

    JourneyTimeline(MyMatchRequests requests, Mentorships mentorships, JourneyPlan plan, JourneyModules modules,
                    JourneyMeetings meetings, ModuleProgressRecords progress, CheckInRecords checkIns, Clock clock,
                    MilitaryVisibility military, TimeZones zones) {
        this.requests = requests;
        this.mentorships = mentorships;
        this.plan = plan;
        this.modules = modules;
        this.meetings = meetings;
        this.progress = progress;
        this.checkIns = checkIns;
        this.clock = clock;
        this.military = military;
        this.zones = zones;
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
        long me = iAmMentor ? pair.mentorAccountId() : pair.menteeAccountId();
        long partner = iAmMentor ? pair.menteeAccountId() : pair.mentorAccountId();
        ZoneId partnerZone = zones.zoneOf(partner);
        int length = pair.lengthMonths();
        List<Item> items = new ArrayList<>();
        Set<Integer> completedModules = progress.completed(mentorship.id());
        List<LearningModule> yearModules = plan.moduleNumbers(mentorship.program().name()).stream().map(modules::module).toList();
        Function<LearningModule, Instant> released = module -> plan.after(start, module.releaseMonth());
        for (LearningModule module : yearModules) {
            Instant at = released.apply(module);
            items.add(new Item(at, "Module " + module.number() + ": " + module.title(),
                    state(completedModules.contains(module.number()), at, now), module.summary()));
        }
        Map<Integer, Meeting> byNumber = meetings.meetings(mentorship.id(), username).stream()
                .collect(Collectors.toMap(Meeting::number, m -> m));
        for (int number : plan.meetingNumbers(length)) {
            Instant due = plan.after(start, plan.meetingMonth(number));
            Meeting logged = byNumber.get(number);
            boolean done = logged != null && logged.logged();
            items.add(new Item(due, "Meeting " + number + " with " + mentorship.partner(), state(done, due, now),
                    logged == null ? "" : detail(logged, times, partnerZone)));
        }
        Set<Integer> answered = checkIns.monthsAnswered(mentorship.id(), me);
        for (int month : plan.checkInMonths(length)) {
            Instant due = plan.after(start, month);
            items.add(new Item(due, "Check-in at month " + month, state(answered.contains(month), due, now), ""));
        }
        items.add(new Item(plan.after(start, length), length == 12 ? "The year is complete"
                : "The mentorship completes after " + length + " months", State.UPCOMING, ""));
        items.sort(Comparator.comparing(Item::when).thenComparing(Item::what));
        String next = byNumber.values().stream()
                .filter(m -> !m.logged() && m.planned())
                .map(m -> "Meeting " + m.number() + " on " + times.dateTime(m.scheduledAt(), partnerZone) + ", " + m.place())
                .findFirst().orElse("Not planned yet: open the meeting task in My tasks to plan it.");
        String actions = byNumber.values().stream().filter(m -> m.actionItems() != null)
                .max(Comparator.comparing(Meeting::number))
                .map(Meeting::actionItems).orElse("None yet.");
        String partnerMilitary = military.describeFor(me, partner).orElse(null);
        List<MentorStages.Stage> stages = iAmMentor ? MentorStages.reached(yearModules, released, now) : List.of();
        return new Year(mentorship.id(), mentorship.partner(), mentorship.role(), mentorship.program(), start, next, actions,
                items, partnerMilitary, stages);
    }

    private static String detail(Meeting meeting, Times times, ZoneId partnerZone) {
        if (meeting.logged()) {
            return meeting.held() ? "Held: " + meeting.topics()
                    + (meeting.privateNotes() == null ? "" : " — notes: " + meeting.privateNotes()) : "Missed";
        }
        return meeting.planned() ? "Planned for " + times.dateTime(meeting.scheduledAt(), partnerZone) + ", " + meeting.place()
                : "";
    }

    /** A second of slack: the database keeps microseconds and rounds, so "due now" may read a hair ahead. */
    private static State state(boolean done, Instant due, Instant now) {
        return done ? State.DONE : due.isAfter(now.plusSeconds(1)) ? State.UPCOMING : State.DUE_NOW;
    }
}
