package com.mentorflow.journey;

import static com.mentorflow.journey.JourneyProcess.FORM_CHECK_IN;
import static com.mentorflow.journey.JourneyProcess.FORM_PM_CHECK_IN;
import static com.mentorflow.journey.JourneyTexts.MAX_TEXT;
import static com.mentorflow.journey.JourneyTexts.blankToNull;
import static com.mentorflow.journey.JourneyTexts.length;

import com.mentorflow.matching.Mentorships;
import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How the year is going: each side's check-in, and a program manager's after two missed meetings. */
@Service
public class JourneyCheckIns {

    private final CheckInRecords checkIns;
    private final JourneyTasks tasks;
    private final Mentorships mentorships;
    private final AuditLog audit;
    private final Clock clock;

    JourneyCheckIns(CheckInRecords checkIns, JourneyTasks tasks, Mentorships mentorships, AuditLog audit, Clock clock) {
        this.checkIns = checkIns;
        this.tasks = tasks;
        this.mentorships = mentorships;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void checkIn(String taskId, String username, Integer rating, String helped, String toChange, String privateComment) {
        JourneyTasks.JourneyTask task = tasks.requireCompletableBy(taskId, username, FORM_CHECK_IN);
        new RejectedInputException.Collector()
                .check(rating != null && rating >= 1 && rating <= 5, "rating", Sentence.of("journey.refusal.chooseRating"))
                .check(length(helped) <= MAX_TEXT && length(toChange) <= MAX_TEXT && length(privateComment) <= MAX_TEXT,
                        "text", Sentence.of("journey.refusal.answersTooLong", MAX_TEXT))
                .throwIfAny();
        int month = tasks.variable(task.id(), JourneyVariables.CHECK_IN_MONTH);
        checkIns.answer(task.mentorshipId(), tasks.actorId(task), month, rating, blankToNull(helped), blankToNull(toChange),
                blankToNull(privateComment), clock.instant());
        tasks.complete(task);
    }

    /** A program manager has looked into a mentorship with missed meetings. */
    @Transactional
    public void recordManagerCheckIn(String taskId, String username, String note) {
        JourneyTasks.JourneyTask task = tasks.requireCompletableBy(taskId, username, FORM_PM_CHECK_IN);
        new RejectedInputException.Collector()
                .check(length(note) >= 5 && length(note) <= MAX_TEXT, "note", Sentence.of("journey.refusal.checkInNote"))
                .throwIfAny();
        Mentorships.Pair pair = mentorships.pair(task.mentorshipId());
        audit.record(username, "mentorship-checked-in", "mentorship " + pair.mentorshipId() + ": " + note.strip(),
                List.of(pair.menteeAccountId(), pair.mentorAccountId()));
        tasks.complete(task);
    }
}
