package com.mentorflow.journey;

import com.mentorflow.matching.Mentorship;
import com.mentorflow.matching.Mentorships;
import com.mentorflow.matching.MyMatchRequests;
import com.mentorflow.people.Program;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a pair did together in a year that ran its course, for both of them on "My mentorship": the year stays there
 * after its end instead of disappearing with the last task. Mentorships ended early are not summed up as a year.
 */
@Service
public class FinishedYears {

    /**
     * @param role          the partner's role, as the reader sees it ("your mentor")
     * @param completed     when the year ran out: the model's year timer, a length of program months after the start
     * @param modulesOffered 0 in open mentoring, which has no curriculum
     */
    public record FinishedYear(long mentorshipId, String partner, String role, Program program, Instant since,
                               Instant completed, int meetingsHeld, int meetingsPlanned, int modulesCompleted,
                               int modulesOffered, List<String> goalsReached, int goalsSet) {
    }

    private final MyMatchRequests requests;
    private final Mentorships mentorships;
    private final JourneyPlan plan;
    private final MeetingRecords meetings;
    private final ModuleProgressRecords progress;
    private final GoalRecords goals;

    FinishedYears(MyMatchRequests requests, Mentorships mentorships, JourneyPlan plan, MeetingRecords meetings,
                  ModuleProgressRecords progress, GoalRecords goals) {
        this.requests = requests;
        this.mentorships = mentorships;
        this.plan = plan;
        this.meetings = meetings;
        this.progress = progress;
        this.goals = goals;
    }

    /** This person's completed years, either side, newest first. */
    @Transactional(readOnly = true)
    public List<FinishedYear> of(String username) {
        return requests.mentorshipsOf(username).stream()
                .filter(m -> m.status() == Mentorship.Status.COMPLETED)
                .map(this::summary).toList();
    }

    private FinishedYear summary(MyMatchRequests.MentorshipSummary mentorship) {
        long id = mentorship.id();
        int length = mentorships.pair(id).lengthMonths();
        List<MentorshipGoals.Goal> set = goals.of(id);
        return new FinishedYear(id, mentorship.partner(), mentorship.role(), mentorship.program(), mentorship.since(),
                plan.after(mentorship.since(), length), meetings.countHeld(id), plan.meetingNumbers(length).size(),
                progress.completed(id).size(), plan.moduleNumbers(mentorship.program().name()).size(),
                set.stream().filter(MentorshipGoals.Goal::done).map(MentorshipGoals.Goal::text).toList(), set.size());
    }
}
