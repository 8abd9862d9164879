package com.mentorflow.journey;

import static com.mentorflow.journey.JourneyProcess.*;

import com.mentorflow.matching.Mentorships;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.TimeZones;
import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.tasks.TaskAccess;
import com.mentorflow.tasks.TaskCompletion;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pair's year: modules, meetings, check-ins and the early end. People call the public methods (each
 * checks who may); what the journey model does by itself is {@link JourneySteps}.
 */
@Service
public class JourneyService {

    static final int MAX_TEXT = 2000;

    private final LearningModules modules;
    private final ModuleProgressRecords progress;
    private final MeetingRecords meetings;
    private final CheckInRecords checkIns;
    private final TaskAccess taskAccess;
    private final TaskService taskService;
    private final TaskCompletion completion;
    private final RuntimeService runtimeService;
    private final Mentorships mentorships;
    private final MeetingInvitations invitations;
    private final TimeZones zones;
    private final AuditLog audit;
    private final Clock clock;
    private final AccountService accounts;

    JourneyService(LearningModules modules, ModuleProgressRecords progress, MeetingRecords meetings,
                   CheckInRecords checkIns, TaskAccess taskAccess, TaskService taskService, TaskCompletion completion,
                   RuntimeService runtimeService,
                   Mentorships mentorships, MeetingInvitations invitations, TimeZones zones,
                   AuditLog audit, Clock clock, AccountService accounts) {
        this.modules = modules;
        this.progress = progress;
        this.meetings = meetings;
        this.checkIns = checkIns;
        this.taskAccess = taskAccess;
        this.taskService = taskService;
        this.completion = completion;
        this.runtimeService = runtimeService;
        this.mentorships = mentorships;
        this.invitations = invitations;
        this.zones = zones;
        this.audit = audit;
        this.clock = clock;
        this.accounts = accounts;
    }

    // ---- content ----------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public LearningModule module(int number) {
        return modules.find(number);
    }

    // ---- what the pair does -----------------------------------------------------------------------------

    @Transactional
    public void completeModule(String taskId, String username, Set<Integer> itemsDone, String reflection) {
        Task task = taskAccess.requireCompletableBy(taskId, username, FORM_MODULE);
        long mentorshipId = mentorshipOf(task);
        int number = JourneyVariables.MODULE.of(taskService, task.getId());
        LearningModule module = module(number);
        String text = reflection == null ? "" : reflection.strip();
        new RejectedInputException.Collector()
                .check(itemsDone.stream().allMatch(i -> i >= 0 && i < module.actionItems().size()), "itemsDone",
                        "Tick items from the module's list.")
                .check(text.length() <= 4000, "reflection", "Please keep the reflection to 4000 characters.")
                .throwIfAny();
        progress.complete(mentorshipId, number, itemsDone, text.isEmpty() ? null : text, clock.instant());
        complete(task);
    }

    /**
     * Sets the meeting's date and place; the task stays open until the meeting is logged. The time is read on the
     * planner's clock, in their own zone (see {@link TimeZones}), and stored as the instant it means.
     *
     * @return that instant
     */
    @Transactional
    public Instant scheduleMeeting(String taskId, String username, LocalDateTime localStart, Integer durationMinutes,
                                   String place) {
        Task task = taskAccess.requireCompletableBy(taskId, username, FORM_MEETING);
        String where = place == null ? "" : place.strip();
        Instant at = localStart == null ? null : localStart.atZone(zones.zoneOf(username)).toInstant();
        new RejectedInputException.Collector()
                .check(at != null, "at", "Choose the date and time.")
                .check(at == null || at.isAfter(clock.instant().minusSeconds(24 * 3600)), "at", "Choose a time from today on.")
                .check(durationMinutes != null && durationMinutes >= 15 && durationMinutes <= 240, "durationMinutes",
                        "A meeting lasts 15 to 240 minutes.")
                .check(!where.isEmpty() && where.length() <= 300, "place", "Say where you meet: a room or a video link.")
                .throwIfAny();
        long mentorshipId = mentorshipOf(task);
        int number = JourneyVariables.MEETING.of(taskService, task.getId());
        meetings.plan(mentorshipId, number, at, durationMinutes, where);
        invitations.send(mentorships.pair(mentorshipId), number, at, durationMinutes, where);
        return at;
    }

    /** Records whether the meeting happened and what was said; two missed in a row bring in a program manager. */
    @Transactional
    public void logMeeting(String taskId, String username, boolean held, String topics, String privateNotes,
                           String actionItems) {
        Task task = taskAccess.requireCompletableBy(taskId, username, FORM_MEETING);
        new RejectedInputException.Collector()
                .check(length(topics) <= MAX_TEXT, "topics", "Please keep the topics to " + MAX_TEXT + " characters.")
                .check(length(privateNotes) <= 4000, "privateNotes", "Please keep the notes to 4000 characters.")
                .check(length(actionItems) <= MAX_TEXT, "actionItems", "Please keep the action items to " + MAX_TEXT + " characters.")
                .check(!held || length(topics) > 0, "topics", "What did you talk about? A few words are enough.")
                .throwIfAny();
        long mentorshipId = mentorshipOf(task);
        int number = JourneyVariables.MEETING.of(taskService, task.getId());
        long loggedBy = accounts.idOf(username);
        meetings.log(mentorshipId, number, held, blankToNull(topics), blankToNull(privateNotes), blankToNull(actionItems),
                loggedBy, clock.instant());
        mentorships.meetingLogged(mentorshipId, held, clock.instant());
        boolean previousMissed = number > 1 && meetings.held(mentorshipId, number - 1).equals(Optional.of(false));
        runtimeService.setVariableLocal(task.getExecutionId(), VAR_ESCALATE, !held && previousMissed);
        complete(task);
    }

    @Transactional
    public void checkIn(String taskId, String username, Integer rating, String helped, String toChange, String privateComment) {
        Task task = taskAccess.requireCompletableBy(taskId, username, FORM_CHECK_IN);
        new RejectedInputException.Collector()
                .check(rating != null && rating >= 1 && rating <= 5, "rating", "Choose a rating from 1 to 5.")
                .check(length(helped) <= MAX_TEXT && length(toChange) <= MAX_TEXT && length(privateComment) <= MAX_TEXT,
                        "text", "Please keep each answer to " + MAX_TEXT + " characters.")
                .throwIfAny();
        long mentorshipId = mentorshipOf(task);
        int month = JourneyVariables.CHECK_IN_MONTH.of(taskService, task.getId());
        long accountId = accounts.idOf(username);
        checkIns.answer(mentorshipId, accountId, month, rating, blankToNull(helped), blankToNull(toChange),
                blankToNull(privateComment), clock.instant());
        complete(task);
    }

    /** A program manager has looked into a mentorship with missed meetings. */
    @Transactional
    public void recordManagerCheckIn(String taskId, String username, String note) {
        Task task = taskAccess.requireCompletableBy(taskId, username, FORM_PM_CHECK_IN);
        new RejectedInputException.Collector()
                .check(length(note) >= 5 && length(note) <= MAX_TEXT, "note", "Note what you did or agreed (5 to 2000 characters).")
                .throwIfAny();
        Mentorships.Pair pair = mentorships.pair(mentorshipOf(task));
        audit.record(username, "mentorship-checked-in", "mentorship " + pair.mentorshipId() + ": " + note.strip(),
                List.of(pair.menteeAccountId(), pair.mentorAccountId()));
        complete(task);
    }

    /** Either side, or a program manager, ends the mentorship before its time; every open task ends with it. */
    @Transactional
    public void endEarly(String username, long mentorshipId, String reason) {
        Mentorships.Pair pair = mentorships.pair(mentorshipId);
        if (!pair.includes(username) && !CurrentUser.hasRole(Roles.PROGRAM_MANAGER)) {
            throw new NotPermittedException("Only the pair or a program manager can end this mentorship.");
        }
        new RejectedInputException.Collector()
                .check(length(reason) >= 5 && length(reason) <= 1000, "reason", "Please give a reason (5 to 1000 characters).")
                .throwIfAny();
        if (pair.status() != com.mentorflow.matching.Mentorship.Status.ACTIVE) {
            throw new ConflictException("This mentorship has ended already.");
        }
        runtimeService.createMessageCorrelation(MESSAGE_ENDED_EARLY)
                .processInstanceBusinessKey(Long.toString(mentorshipId))
                .setVariable(VAR_END_REASON, reason.strip() + " (ended by " + username + ")")
                .correlate();
    }

    // ---- reading for views ------------------------------------------------------------------------------

    /** Meetings of a mentorship; private notes only for the pair itself. */
    @Transactional(readOnly = true)
    public List<Meeting> meetings(long mentorshipId, String username) {
        return meetings.of(mentorshipId, mentorships.pair(mentorshipId).includes(username));
    }

    /** Which module a module task is about. */
    int moduleOf(String taskId) {
        return JourneyVariables.MODULE.of(taskService, taskId);
    }

    /** Which meeting a meeting task is about. */
    int meetingOf(String taskId) {
        return JourneyVariables.MEETING.of(taskService, taskId);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private void complete(Task task) {
        completion.complete(task.getId(), Map.of(),
                "This task changed in the meantime (completed or the mentorship ended); nothing was changed.");
    }

    private long mentorshipOf(Task task) {
        return JourneyVariables.MENTORSHIP_ID.of(taskService, task.getId());
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
