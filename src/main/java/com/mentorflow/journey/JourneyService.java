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
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pair's year: modules, meetings, check-ins and the early end. People call the public methods (each
 * checks who may); what the journey model does by itself is {@link JourneySteps}.
 */
@Service
public class JourneyService {

    static final int MAX_TEXT = 2000;

    private final JdbcTemplate jdbc;
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

    JourneyService(JdbcTemplate jdbc, TaskAccess taskAccess, TaskService taskService, TaskCompletion completion,
                   RuntimeService runtimeService,
                   Mentorships mentorships, MeetingInvitations invitations, TimeZones zones,
                   AuditLog audit, Clock clock, AccountService accounts) {
        this.jdbc = jdbc;
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
        return jdbc.queryForObject("select * from mentorflow.learning_module where number = ?", (row, n) ->
                new LearningModule(row.getInt("number"), row.getString("title"), row.getString("summary"),
                        row.getInt("release_month"), row.getInt("estimated_minutes"), lines(row.getString("action_items")),
                        lines(row.getString("resources")).stream().map(line -> line.split("\\|", -1))
                                .map(p -> new LearningModule.Resource(p[0], p.length > 1 ? p[1] : "", p.length > 2 ? p[2] : ""))
                                .toList(),
                        row.getString("mentor_insight")), number);
    }

    // ---- what the pair does -----------------------------------------------------------------------------

    @Transactional
    public void completeModule(String taskId, String username, Set<Integer> itemsDone, String reflection) {
        Task task = taskAccess.requireCompletableBy(taskId, username, FORM_MODULE);
        long mentorshipId = mentorshipOf(task);
        int number = intVariable(task, VAR_MODULE);
        LearningModule module = module(number);
        String text = reflection == null ? "" : reflection.strip();
        new RejectedInputException.Collector()
                .check(itemsDone.stream().allMatch(i -> i >= 0 && i < module.actionItems().size()), "itemsDone",
                        "Tick items from the module's list.")
                .check(text.length() <= 4000, "reflection", "Please keep the reflection to 4000 characters.")
                .throwIfAny();
        jdbc.update("""
                insert into mentorflow.module_progress (mentorship_id, module_number, items_done, reflection, completed_at)
                values (?, ?, ?, ?, ?) on conflict (mentorship_id, module_number) do update
                set items_done = excluded.items_done, reflection = excluded.reflection, completed_at = excluded.completed_at""",
                mentorshipId, number, itemsDone.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")),
                text.isEmpty() ? null : text, Timestamp.from(clock.instant()));
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
        int number = intVariable(task, VAR_MEETING);
        jdbc.update("""
                insert into mentorflow.meeting (mentorship_id, number, scheduled_at, duration_minutes, place)
                values (?, ?, ?, ?, ?) on conflict (mentorship_id, number) do update set scheduled_at = excluded.scheduled_at,
                duration_minutes = excluded.duration_minutes, place = excluded.place""",
                mentorshipId, number, Timestamp.from(at), durationMinutes, where);
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
        int number = intVariable(task, VAR_MEETING);
        long loggedBy = accounts.idOf(username);
        jdbc.update("""
                insert into mentorflow.meeting (mentorship_id, number, held, topics, private_notes, action_items, logged_by, logged_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (mentorship_id, number) do update set held = excluded.held,
                topics = excluded.topics, private_notes = excluded.private_notes, action_items = excluded.action_items,
                logged_by = excluded.logged_by, logged_at = excluded.logged_at""",
                mentorshipId, number, held, blankToNull(topics), blankToNull(privateNotes), blankToNull(actionItems),
                loggedBy, Timestamp.from(clock.instant()));
        mentorships.meetingLogged(mentorshipId, held, clock.instant());
        boolean previousMissed = number > 1 && Boolean.FALSE.equals(jdbc.query(
                "select held from mentorflow.meeting where mentorship_id = ? and number = ?",
                row -> row.next() ? row.getObject("held", Boolean.class) : null, mentorshipId, number - 1));
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
        int month = intVariable(task, VAR_CHECK_IN_MONTH);
        long accountId = accounts.idOf(username);
        jdbc.update("""
                insert into mentorflow.check_in (mentorship_id, account_id, month, rating, helped, to_change, private_comment, answered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", mentorshipId, accountId, month, rating, blankToNull(helped),
                blankToNull(toChange), blankToNull(privateComment), Timestamp.from(clock.instant()));
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
    public List<Map<String, Object>> meetings(long mentorshipId, String username) {
        boolean ofThePair = mentorships.pair(mentorshipId).includes(username);
        return jdbc.queryForList("select number, scheduled_at, duration_minutes, place, held, topics, action_items"
                + (ofThePair ? ", private_notes" : "") + " from mentorflow.meeting where mentorship_id = ? order by number",
                mentorshipId);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private void complete(Task task) {
        completion.complete(task.getId(), Map.of(),
                "This task changed in the meantime (completed or the mentorship ended); nothing was changed.");
    }

    private long mentorshipOf(Task task) {
        return ((Number) taskService.getVariable(task.getId(), VAR_MENTORSHIP_ID)).longValue();
    }

    private int intVariable(Task task, String name) {
        return ((Number) taskService.getVariable(task.getId(), name)).intValue();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
