package com.mentorflow.journey;

import com.mentorflow.matching.Mentorships;
import com.mentorflow.people.AccountService;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Goals a pair sets for their mentorship and ticks off; only the two of them see or change them. */
@Service
public class MentorshipGoals {

    public static final int MAX_GOALS = 20;

    public record Goal(long id, String text, Instant doneAt) {
        public boolean done() {
            return doneAt != null;
        }
    }

    private final GoalRecords records;
    private final Mentorships mentorships;
    private final Clock clock;
    private final AccountService accounts;

    MentorshipGoals(GoalRecords records, Mentorships mentorships, Clock clock, AccountService accounts) {
        this.records = records;
        this.mentorships = mentorships;
        this.clock = clock;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<Goal> of(String username, long mentorshipId) {
        requirePair(username, mentorshipId);
        return records.of(mentorshipId);
    }

    @Transactional
    public long add(String username, long mentorshipId, String text) {
        requirePair(username, mentorshipId);
        String goal = text == null ? "" : text.strip();
        long count = records.count(mentorshipId);
        new RejectedInputException.Collector()
                .check(goal.length() >= 3 && goal.length() <= 300, "goal", Sentence.of("journey.refusal.goalLength"))
                .check(count < MAX_GOALS, "goal", Sentence.of("journey.refusal.tooManyGoals", MAX_GOALS))
                .throwIfAny();
        long by = accounts.idOf(username);
        return records.add(mentorshipId, goal, by, clock.instant());
    }

    @Transactional
    public void tick(String username, long goalId, boolean done) {
        long mentorshipId = records.mentorshipOf(goalId)
                .orElseThrow(() -> new RejectedInputException("goal", Sentence.of("journey.refusal.noSuchGoal")));
        requirePair(username, mentorshipId);
        records.markDone(goalId, done ? clock.instant() : null);
    }

    private void requirePair(String username, long mentorshipId) {
        if (!mentorships.pair(mentorshipId).includes(username)) {
            throw new NotPermittedException(Sentence.of("journey.refusal.onlyPairGoals"));
        }
    }
}
