package com.mentorflow.journey;

import com.mentorflow.journey.JourneyTimeline.Item;
import com.mentorflow.journey.JourneyTimeline.Kind;
import com.mentorflow.journey.JourneyTimeline.State;
import com.mentorflow.matching.Mentorships;
import com.mentorflow.matching.MyMatchRequests;
import com.mentorflow.platform.Times;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The year's plan set against what the pair has done: each module, meeting and check-in dated from the start and
 * marked done, due now, overdue or upcoming, with the next planned meeting, the latest action items and the stages
 * the mentor has reached. Whose year it is and how they see their partner is {@link JourneyTimeline}'s part.
 */
@Component
class TimelineItems {

    /** The parts of a {@link JourneyTimeline.Year} that come from the plan and the pair's records. */
    record Lines(List<Item> items, String nextMeeting, String lastActionItems, List<MentorStages.Stage> stages) {
    }

    private final JourneyPlan plan;
    private final JourneyModules modules;
    private final JourneyMeetings meetings;
    private final ModuleProgressRecords progress;
    private final CheckInRecords checkIns;
    private final Clock clock;

    TimelineItems(JourneyPlan plan, JourneyModules modules, JourneyMeetings meetings, ModuleProgressRecords progress,
                  CheckInRecords checkIns, Clock clock) {
        this.plan = plan;
        this.modules = modules;
        this.meetings = meetings;
        this.progress = progress;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /** @param partnerZone meeting times are shown in both zones when the partner lives elsewhere */
    Lines of(MyMatchRequests.MentorshipSummary mentorship, Mentorships.Pair pair, String username, Times times,
             ZoneId partnerZone) {
        Instant now = clock.instant();
        Instant start = mentorship.since();
        boolean iAmMentor = pair.mentorUsername().equals(username);
        long me = iAmMentor ? pair.mentorAccountId() : pair.menteeAccountId();
        int length = pair.lengthMonths();
        List<Item> items = new ArrayList<>();
        Set<Integer> completedModules = progress.completed(mentorship.id());
        List<LearningModule> yearModules = plan.moduleNumbers(mentorship.program().name()).stream()
                .map(number -> modules.module(number, times.locale())).toList();
        Function<LearningModule, Instant> released = module -> plan.after(start, module.releaseMonth());
        for (LearningModule module : yearModules) {
            Instant at = released.apply(module);
            Instant due = plan.dueAfter(start, module.releaseMonth());
            items.add(new Item(Kind.MODULE, at, due, "Module " + module.number() + ": " + module.title(),
                    state(completedModules.contains(module.number()), at, due, now), module.summary()));
        }
        Map<Integer, Meeting> byNumber = meetings.meetings(mentorship.id(), username).stream()
                .collect(Collectors.toMap(Meeting::number, m -> m));
        for (int number : plan.meetingNumbers(length)) {
            Instant at = plan.after(start, plan.meetingMonth(number));
            Instant due = plan.dueAfter(start, plan.meetingMonth(number));
            Meeting logged = byNumber.get(number);
            boolean done = logged != null && logged.logged();
            items.add(new Item(Kind.MEETING, at, due, "Meeting " + number + " with " + mentorship.partner(), state(done, at, due, now),
                    logged == null ? "" : detail(logged, times, partnerZone)));
        }
        Set<Integer> answered = checkIns.monthsAnswered(mentorship.id(), me);
        for (int month : plan.checkInMonths(length)) {
            Instant at = plan.after(start, month);
            items.add(new Item(Kind.CHECK_IN, at, plan.dueAfter(start, month), "Check-in at month " + month,
                    state(answered.contains(month), at, plan.dueAfter(start, month), now), ""));
        }
        Instant end = plan.after(start, length);
        items.add(new Item(Kind.END, end, end, length == 12 ? "The year is complete"
                : "The mentorship completes after " + length + " months", State.UPCOMING, ""));
        items.sort(Comparator.comparing(Item::when).thenComparing(Item::what));
        String next = byNumber.values().stream()
                .filter(m -> !m.logged() && m.planned())
                .map(m -> "Meeting " + m.number() + " on " + times.dateTime(m.scheduledAt(), partnerZone) + ", " + m.place())
                .findFirst().orElse("Not planned yet: open the meeting task in My tasks to plan it.");
        String actions = byNumber.values().stream().filter(m -> m.actionItems() != null)
                .max(Comparator.comparing(Meeting::number))
                .map(Meeting::actionItems).orElse("None yet.");
        List<MentorStages.Stage> stages = iAmMentor ? MentorStages.reached(yearModules, released, now) : List.of();
        return new Lines(items, next, actions, stages);
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
    private static State state(boolean done, Instant opens, Instant due, Instant now) {
        if (done) {
            return State.DONE;
        }
        if (opens.isAfter(now.plusSeconds(1))) {
            return State.UPCOMING;
        }
        return due.isAfter(now) ? State.DUE_NOW : State.OVERDUE;
    }
}
