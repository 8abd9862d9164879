package com.mentorflow.matching;

import static com.mentorflow.matching.MatchRequestProcess.*;

import com.mentorflow.matching.MatchRequest.Status;
import com.mentorflow.notify.MailOutbox;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.ProfileService;
import com.mentorflow.people.Program;
import com.mentorflow.people.TimeZones;
import com.mentorflow.people.Topics;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.NotFoundException;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.ProgramCalendar;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.tasks.TaskAccess;
import com.mentorflow.tasks.TaskCompletion;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Match requests from sending to mentorship. People call the public methods (each checks who may do it);
 * the match-request process calls the package-private ones, which are the only places a status changes.
 */
@Service
public class MatchRequests {

    public static final int MAX_OPEN_REQUESTS = 3;
    public static final int MIN_NOTE = 20;
    public static final int MAX_NOTE = 1000;
    static final String REASON_MENTOR_FULL = "mentor reached capacity";
    static final String REASON_WITHDRAWN = "withdrawn by the mentee";
    static final String REASON_MATCHED_ELSEWHERE = "the mentee was matched with another mentor";
    static final String CHANGED_MEANWHILE = "This request changed in the meantime (withdrawn, expired or answered); "
            + "nothing was changed.";

    private final MatchRequestRepository requests;
    private final MentorshipRepository mentorships;
    private final ParticipantDirectory directory;
    private final AccountService accounts;
    private final MatchingWeights weights;
    private final Topics topics;
    private final TaskAccess taskAccess;
    private final TaskService taskService;
    private final TaskCompletion completion;
    private final RuntimeService runtimeService;
    private final MailOutbox mail;
    private final ProgramCalendar calendar;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProfileService profiles;
    private final MilitaryVisibility military;
    private final TimeZones zones;

    MatchRequests(MatchRequestRepository requests, MentorshipRepository mentorships, ParticipantDirectory directory,
                  AccountService accounts, MatchingWeights weights, Topics topics, TaskAccess taskAccess,
                  TaskService taskService, TaskCompletion completion, RuntimeService runtimeService, MailOutbox mail, ProgramCalendar calendar,
                  JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, ProfileService profiles,
                  MilitaryVisibility military, TimeZones zones) {
        this.requests = requests;
        this.mentorships = mentorships;
        this.directory = directory;
        this.accounts = accounts;
        this.weights = weights;
        this.topics = topics;
        this.taskAccess = taskAccess;
        this.taskService = taskService;
        this.completion = completion;
        this.runtimeService = runtimeService;
        this.mail = mail;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.profiles = profiles;
        this.military = military;
        this.zones = zones;
    }

    // ---- what people do -------------------------------------------------------------------------------

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 12;

    /** A request for a full year (the new-hire program's length, and open mentoring's default). */
    @Transactional
    public long send(String menteeUsername, long mentorAccountId, Program program, String note) {
        return send(menteeUsername, mentorAccountId, program, note, MAX_LENGTH);
    }

    /**
     * @param lengthMonths how long the mentorship runs; open mentoring 3–12 months as the pair agrees (the mentor
     *                     agrees by accepting), the new-hire program always 12
     * @return the new request's id; its process is started in the same transaction
     */
    @Transactional
    public long send(String menteeUsername, long mentorAccountId, Program program, String note, Integer lengthMonths) {
        profiles.requireReadyToTakePart(menteeUsername);
        ParticipantFacts mentee = directory.findByUsername(menteeUsername).filter(ParticipantFacts::active)
                .orElseThrow(() -> new NotPermittedException("There is no active participant account for you."));
        lockPeople(mentee.accountId(), mentorAccountId);
        ParticipantFacts mentor = directory.find(mentorAccountId).orElse(null);
        String text = note == null ? "" : note.strip();
        new RejectedInputException.Collector()
                .check(program != null && program.isOneToOne(), "program", "Choose the new-hire program or open mentoring.")
                .check(text.length() >= MIN_NOTE, "note",
                        "Please write a short note to the mentor (at least " + MIN_NOTE + " characters).")
                .check(text.length() <= MAX_NOTE, "note", "Please keep the note to " + MAX_NOTE + " characters.")
                .check(lengthMonths != null && lengthMonths >= MIN_LENGTH && lengthMonths <= MAX_LENGTH, "lengthMonths",
                        "A mentorship runs " + MIN_LENGTH + " to " + MAX_LENGTH + " months.")
                .check(program != Program.NEW_HIRE || lengthMonths == null || lengthMonths == MAX_LENGTH, "lengthMonths",
                        "The new-hire program runs for a year.")
                .throwIfAny();
        new RejectedInputException.Collector()
                .check(mentor != null, "mentor", "There is no such mentor.")
                .check(mentee.accountId() != mentorAccountId, "mentor", "You cannot send a request to yourself.")
                .throwIfAny();
        new RejectedInputException.Collector()
                .check(mentee.wantsMentee() && mentee.programs().contains(program), "program",
                        "Your profile does not say you are looking for a mentor in the " + program.label() + ".")
                .check(mentor.active() && mentor.wantsMentor() && mentor.acceptingRequests() && mentor.programs().contains(program),
                        "mentor", mentor.displayName() + " is not accepting requests in the " + program.label() + " right now.")
                .check(!requests.existsByMenteeAccountIdAndMentorAccountIdAndStatusIn(mentee.accountId(), mentorAccountId,
                        Status.OPEN), "mentor", "You already have an open request with " + mentor.displayName() + ".")
                .check(requests.countByMenteeAccountIdAndStatusIn(mentee.accountId(), Status.OPEN) < MAX_OPEN_REQUESTS,
                        "mentor", "You have " + MAX_OPEN_REQUESTS + " open requests already: wait for an answer or "
                                + "withdraw one first.")
                .check(!mentorships.existsByMenteeAccountIdAndProgramAndStatus(mentee.accountId(), program,
                        Mentorship.Status.ACTIVE), "program", "You already have a mentor in the " + program.label() + ".")
                .throwIfAny();

        Instant now = clock.instant();
        Mentee asMentee = Mentee.of(mentee, now);
        MentorCandidate candidate = MentorCandidate.of(mentor, now);
        // The reasons are the mentor's to read: a shared military background would reveal the mentee's.
        boolean menteeMilitaryShown = military.shownTo(mentorAccountId, mentee);
        Suggestion explained = SuggestionEngine.explainOne(new SuggestionEngine.Request(asMentee, program,
                weights.of(program), id -> 0, Set.of(), Set.of(), 1, mentorFacts -> menteeMilitaryShown), candidate,
                topics::name);
        MatchRequest request = requests.saveAndFlush(new MatchRequest(mentee.accountId(), mentorAccountId, program, text,
                lengthMonths, explained.score(), String.join("\n", explained.reasons()), now));
        timeline(request, "sent by " + mentee.displayName());

        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_REQUEST_ID, request.getId());
        variables.put(VAR_MENTEE, accounts.findById(mentee.accountId()).orElseThrow().getUsername());
        variables.put(VAR_MENTOR, accounts.findById(mentorAccountId).orElseThrow().getUsername());
        variables.put(VAR_PROGRAM, program.name());
        variables.put(VAR_SAME_SITE, mentor.site() != null && mentor.site().equalsIgnoreCase(String.valueOf(mentee.site())));
        variables.put(VAR_LEVEL_GAP, mentor.level() == null || mentee.level() == null ? null : mentor.level() - mentee.level());
        variables.put(VAR_MENTOR_AT_CAPACITY, activeMentees(mentorAccountId) >= mentor.mentorCapacity());
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, request.getId().toString(), variables);
        return request.getId();
    }

    /** The mentee takes their request back; the process ends it and the mentor's task disappears. */
    @Transactional
    public void withdraw(String menteeUsername, long requestId) {
        MatchRequest request = requests.findById(requestId).orElseThrow(() -> new RejectedInputException("request", "There is no such request."));
        Account mentee = accounts.findByUsername(menteeUsername).orElseThrow();
        if (request.getMenteeAccountId() != mentee.getId()) {
            throw new NotPermittedException("Only the mentee who sent a request can withdraw it.");
        }
        if (!request.getStatus().isOpen()) {
            throw new ConflictException("This request is " + request.getStatus().label().toLowerCase() + " already.");
        }
        correlateWithdrawal(request, REASON_WITHDRAWN);
    }

    /** The mentor's answer, from the "Review match request" task. */
    @Transactional
    public void review(String taskId, String mentorUsername, boolean accept, DeclineReason reason, String text) {
        Task task = taskAccess.requireCompletableBy(taskId, mentorUsername, FORM_REVIEW);
        String detail = text == null ? "" : text.strip();
        new RejectedInputException.Collector()
                .check(accept || reason != null, "reason", "Please tell the mentee why: choose a reason.")
                .check(accept || reason != DeclineReason.OTHER || !detail.isEmpty(), "reasonText",
                        "Please say a few words when you choose \"" + DeclineReason.OTHER.label() + "\".")
                .check(detail.length() <= MAX_NOTE, "reasonText", "Please keep it to " + MAX_NOTE + " characters.")
                .throwIfAny();
        if (accept) {
            // Waits for an acceptance of the same mentee that runs now, and refuses if it closed this request: the
            // lost race is then told before the engine runs, not as a failed engine command.
            long requestId = ((Number) taskService.getVariable(task.getId(), VAR_REQUEST_ID)).longValue();
            MatchRequestRepository.Pair pair = requests.findPairById(requestId).orElseThrow();
            lockPeople(pair.menteeAccountId(), pair.mentorAccountId());
            open(requestId);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_ACCEPTED, accept);
        variables.put(VAR_REASON, accept ? null : reason.label());
        variables.put(VAR_REASON_TEXT, accept || detail.isEmpty() ? null : detail);
        complete(task, variables);
    }

    /**
     * The mentor's answer to a request by its id (the REST API): finds the request's open review task and answers
     * it through {@link #review}, the path the task form takes, with the same checks.
     *
     * @throws NotFoundException     no such request
     * @throws NotPermittedException the request is addressed to someone else
     * @throws ConflictException     the request is decided, withdrawn or expired, or still waits for a program manager
     */
    @Transactional
    public void answer(long requestId, String mentorUsername, boolean accept, DeclineReason reason, String text) {
        MatchRequest request = requests.findById(requestId)
                .orElseThrow(() -> new NotFoundException("There is no match request " + requestId + "."));
        Task review = taskService.createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(requestId)).taskDefinitionKey(TASK_REVIEW).singleResult();
        if (review == null) {
            if (request.getMentorAccountId() != accountId(mentorUsername)) {
                throw new NotPermittedException("This request is addressed to someone else.");
            }
            throw new ConflictException(request.getStatus() == Status.PENDING_APPROVAL
                    ? "A program manager decides on this request first; you can answer it once it is approved."
                    : "This request is " + request.getStatus().label().toLowerCase() + " already; nothing was changed.");
        }
        review(review.getId(), mentorUsername, accept, reason, text);
    }

    /** A program manager's decision, from the "Approve match request" task. */
    @Transactional
    public void decideApproval(String taskId, String managerUsername, boolean approved, String reason) {
        Task task = taskAccess.requireCompletableBy(taskId, managerUsername, FORM_APPROVE);
        String why = reason == null ? "" : reason.strip();
        new RejectedInputException.Collector()
                .check(approved || why.length() >= 5, "reason", "Please give the mentee a reason (at least 5 characters).")
                .check(why.length() <= MAX_NOTE, "reason", "Please keep the reason to " + MAX_NOTE + " characters.")
                .throwIfAny();
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_APPROVED, approved);
        variables.put(VAR_REASON, approved ? null : why);
        complete(task, variables);
    }

    private void complete(Task task, Map<String, Object> variables) {
        completion.complete(task.getId(), variables, CHANGED_MEANWHILE);
    }

    // ---- what the process calls -------------------------------------------------------------------------

    @Transactional
    void requireApproval(long requestId, String why) {
        MatchRequest request = open(requestId);
        request.needsApproval(why);
        move(request, Status.PENDING_APPROVAL, "a program manager must approve: " + why);
        ParticipantFacts mentee = facts(request.getMenteeAccountId());
        ParticipantFacts mentor = facts(request.getMentorAccountId());
        for (String manager : accounts.emailsOf(Roles.PROGRAM_MANAGER)) {
            mail.enqueue(manager, "Approval needed: " + mentee.displayName() + " asks " + mentor.displayName(),
                    mentee.displayName() + " asked " + mentor.displayName() + " to be their mentor in the "
                            + request.getProgram().label() + ". It needs your approval because: " + why
                            + ".\n\nOpen My tasks in Mentorflow to approve or reject it.\n");
        }
    }

    @Transactional
    void reject(long requestId, String reason) {
        MatchRequest request = open(requestId);
        request.decided("not approved", reason);
        move(request, Status.REJECTED, "not approved: " + reason);
        mailPerson(request.getMenteeAccountId(), "Your request to " + name(request.getMentorAccountId()) + " was not approved",
                "A program manager did not approve your request to " + name(request.getMentorAccountId()) + ": " + reason
                        + "\n\nFind a mentor in Mentorflow shows you other suggestions.\n");
    }

    @Transactional
    void openForReview(long requestId) {
        MatchRequest request = open(requestId);
        request.expiresAt(clock.instant().plus(calendar.requestExpiry()));
        move(request, Status.PENDING, "waiting for the mentor");
        mailPerson(request.getMentorAccountId(), name(request.getMenteeAccountId()) + " would like you as their mentor",
                name(request.getMenteeAccountId()) + " wrote:\n\n" + request.getNote()
                        + "\n\nOpen My tasks in Mentorflow to accept or decline.\n");
    }

    @Transactional
    void remindMentor(long requestId) {
        MatchRequest request = open(requestId);
        timeline(request, "reminder sent to the mentor");
        mailPerson(request.getMentorAccountId(), "Reminder: " + name(request.getMenteeAccountId()) + " is waiting for your answer",
                name(request.getMenteeAccountId()) + " asked you to be their mentor. Please accept or decline in My tasks; "
                        + "the request expires on " + zones.forMail(request.getMentorAccountId()).dateTime(request.getExpiresAt())
                        + ".\n");
    }

    @Transactional
    void expire(long requestId) {
        MatchRequest request = open(requestId);
        move(request, Status.EXPIRED, "the mentor did not answer in time");
        mailPerson(request.getMenteeAccountId(), "Your request to " + name(request.getMentorAccountId()) + " expired",
                name(request.getMentorAccountId()) + " did not answer in time. Find a mentor in Mentorflow shows you "
                        + "other suggestions.\n");
    }

    @Transactional
    void markWithdrawn(long requestId, String reason) {
        MatchRequest request = open(requestId);
        request.decided(reason, null);
        move(request, Status.WITHDRAWN, reason);
        mailPerson(request.getMentorAccountId(), name(request.getMenteeAccountId()) + " withdrew their request",
                "The request from " + name(request.getMenteeAccountId()) + " is closed (" + reason + "). Nothing to do.\n");
    }

    @Transactional
    void decline(long requestId, String reason, String text) {
        MatchRequest request = open(requestId);
        request.decided(reason, text);
        move(request, Status.DECLINED, "declined: " + reason);
        mailPerson(request.getMenteeAccountId(), name(request.getMentorAccountId()) + " declined your request",
                name(request.getMentorAccountId()) + " declined: " + reason + (text == null ? "" : "\n\n" + text)
                        + "\n\nFind a mentor in Mentorflow shows you other suggestions.\n");
    }

    /**
     * Creates the mentorship if the mentor still has room, atomically: both people are locked for the rest
     * of the transaction, so of two acceptances for the last place exactly one wins.
     *
     * @return the mentorship id, or null when the mentor is full (the request is then declined)
     */
    @Transactional
    Long accept(long requestId) {
        // Lock first, read after: a request read before the lock may have been closed by the acceptance that held
        // it (the mentee matched elsewhere); read after, it says so and this acceptance ends as a conflict.
        MatchRequestRepository.Pair pair = requests.findPairById(requestId).orElseThrow();
        lockPeople(pair.menteeAccountId(), pair.mentorAccountId());
        MatchRequest request = open(requestId);
        ParticipantFacts mentor = facts(request.getMentorAccountId());
        if (activeMentees(mentor.accountId()) >= mentor.mentorCapacity()) {
            decline(requestId, REASON_MENTOR_FULL, null);
            return null;
        }
        if (mentorships.existsByMenteeAccountIdAndProgramAndStatus(request.getMenteeAccountId(), request.getProgram(),
                Mentorship.Status.ACTIVE)) {
            decline(requestId, "the mentee already has a mentor in this program", null);
            return null;
        }
        move(request, Status.ACCEPTED, "accepted by " + mentor.displayName());
        Mentorship mentorship = mentorships.saveAndFlush(new Mentorship(request, clock.instant()));
        for (MatchRequest other : requests.findByMenteeAccountIdAndStatusIn(request.getMenteeAccountId(), Status.OPEN)) {
            if (!other.getId().equals(request.getId()) && other.getProgram() == request.getProgram()) {
                correlateWithdrawal(other, REASON_MATCHED_ELSEWHERE);
            }
        }
        String menteeName = name(request.getMenteeAccountId());
        mailPerson(request.getMenteeAccountId(), mentor.displayName() + " is your mentor",
                mentor.displayName() + " accepted your request. Your " + request.getProgram().label()
                        + " starts now: see My tasks in Mentorflow.\n");
        mailPerson(request.getMentorAccountId(), "You are now " + menteeName + "'s mentor",
                "You accepted " + menteeName + "'s request. Your first tasks are in My tasks in Mentorflow.\n");
        events.publishEvent(new MentorshipStarted(mentorship.getId(), request.getMenteeAccountId(),
                request.getMentorAccountId(), request.getProgram(), request.getLengthMonths()));
        return mentorship.getId();
    }

    // ---- reading ----------------------------------------------------------------------------------------

    int activeMentees(long mentorAccountId) {
        return (int) mentorships.countByMentorAccountIdAndStatus(mentorAccountId, Mentorship.Status.ACTIVE);
    }

    @Transactional(readOnly = true)
    public MatchRequest get(long requestId) {
        return requests.findById(requestId).orElseThrow(() -> new RejectedInputException("request", "There is no such request."));
    }

    /**
     * The match reasons as the mentor reads them on the request: nothing of the mentee's military background unless
     * the mentee chose to show it or the two are matched (checked again now, the mentee may have changed their mind).
     */
    @Transactional(readOnly = true)
    public List<String> reasonsForMentor(MatchRequest request) {
        if (request.getReasons() == null || request.getReasons().isBlank()) {
            return List.of();
        }
        boolean shown = directory.find(request.getMenteeAccountId())
                .map(mentee -> military.shownTo(request.getMentorAccountId(), mentee)).orElse(false);
        return java.util.Arrays.stream(request.getReasons().split("\n"))
                .filter(reason -> shown || !Criteria.isMilitaryReason(reason)).toList();
    }

    @Transactional(readOnly = true)
    public List<Map<String, Object>> timelineOf(long requestId) {
        return jdbc.queryForList("select at, status, detail from mentorflow.match_request_event where request_id = ? "
                + "order by at, id", requestId);
    }

    /** A request as its mentee or mentor sees it in "My requests". */
    public record RequestSummary(long id, String partner, Program program, Status status, String next,
                                 java.time.Instant sentAt, boolean open) {
    }

    /** A mentorship as either side sees it. */
    public record MentorshipSummary(long id, String partner, String role, Program program, Mentorship.Status status,
                                    java.time.Instant since) {
    }

    @Transactional(readOnly = true)
    public List<RequestSummary> sentBy(String username) {
        long me = accountId(username);
        return requests.findByMenteeAccountIdOrderByCreatedAtDesc(me).stream()
                .map(request -> summary(request, request.getMentorAccountId())).toList();
    }

    @Transactional(readOnly = true)
    public List<RequestSummary> receivedBy(String username) {
        long me = accountId(username);
        return requests.findByMentorAccountIdOrderByCreatedAtDesc(me).stream()
                .map(request -> summary(request, request.getMenteeAccountId())).toList();
    }

    @Transactional(readOnly = true)
    public List<MentorshipSummary> mentorshipsOf(String username) {
        long me = accountId(username);
        return mentorships.involving(me).stream().map(m -> {
            boolean iAmMentee = m.getMenteeAccountId() == me;
            return new MentorshipSummary(m.getId(), name(iAmMentee ? m.getMentorAccountId() : m.getMenteeAccountId()),
                    iAmMentee ? "your mentor" : "your mentee", m.getProgram(), m.getStatus(), m.getStartedAt());
        }).toList();
    }

    private RequestSummary summary(MatchRequest request, long partnerId) {
        return new RequestSummary(request.getId(), name(partnerId), request.getProgram(), request.getStatus(),
                whatHappensNext(request), request.getCreatedAt(), request.getStatus().isOpen());
    }

    /** "Expires in 9 days", or why the request is closed. */
    String whatHappensNext(MatchRequest request) {
        return switch (request.getStatus()) {
            case PENDING_APPROVAL -> "A program manager decides first (" + request.getApprovalReason() + ")";
            case PENDING -> {
                if (request.getExpiresAt() == null) {
                    yield "Waiting for the mentor";
                }
                java.time.Duration left = java.time.Duration.between(clock.instant(), request.getExpiresAt());
                yield left.isNegative() || left.isZero() ? "Expiring now" : "Expires in " + roughly(left);
            }
            case ACCEPTED -> "Mentorship started";
            case DECLINED -> "Declined: " + request.getDecisionReason()
                    + (request.getDecisionText() == null ? "" : " — " + request.getDecisionText());
            case WITHDRAWN -> "Withdrawn: " + request.getDecisionReason();
            case EXPIRED -> "Expired without an answer";
            case REJECTED -> "Not approved: " + request.getDecisionText();
        };
    }

    /** "9 days", "5 hours", "1 minute": the largest whole unit. */
    static String roughly(java.time.Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHours();
        long minutes = Math.max(1, duration.toMinutes());
        return days >= 1 ? plural(days, "day") : hours >= 1 ? plural(hours, "hour") : plural(minutes, "minute");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    private long accountId(String username) {
        return accounts.findByUsername(username).map(Account::getId)
                .orElseThrow(() -> new NotPermittedException("There is no account for you."));
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private MatchRequest open(long requestId) {
        MatchRequest request = requests.findById(requestId).orElseThrow();
        if (!request.getStatus().isOpen()) {
            throw new ConflictException("This request is " + request.getStatus().label().toLowerCase() + " already"
                    + (request.getDecisionReason() == null ? "" : " (" + request.getDecisionReason() + ")")
                    + "; nothing was changed.");
        }
        return request;
    }

    private void move(MatchRequest request, Status next, String detail) {
        request.moveTo(next, clock.instant());
        requests.saveAndFlush(request);
        timeline(request, detail);
    }

    private void timeline(MatchRequest request, String detail) {
        jdbc.update("insert into mentorflow.match_request_event (request_id, at, status, detail) values (?, ?, ?, ?)",
                request.getId(), Timestamp.from(clock.instant()), request.getStatus().name(), detail);
    }

    /** Another module's reason to close an open request (e.g. an erased account). */
    void withdrawBecause(MatchRequest request, String reason) {
        correlateWithdrawal(request, reason);
    }

    private void correlateWithdrawal(MatchRequest request, String reason) {
        runtimeService.createMessageCorrelation(MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(request.getId().toString())
                .setVariable(VAR_REASON, reason)
                .correlate();
    }

    /** Transaction-scoped advisory locks, always in the same order so two transactions never deadlock. */
    private void lockPeople(long menteeAccountId, long mentorAccountId) {
        long a = Math.min(menteeAccountId, mentorAccountId);
        long b = Math.max(menteeAccountId, mentorAccountId);
        jdbc.query("select pg_advisory_xact_lock(?), pg_advisory_xact_lock(?)", row -> { }, a, b);
    }

    private ParticipantFacts facts(long accountId) {
        return directory.find(accountId).orElseThrow();
    }

    private String name(long accountId) {
        return accounts.findById(accountId).map(Account::getDisplayName).orElse("Someone");
    }

    private void mailPerson(long accountId, String subject, String body) {
        accounts.findById(accountId).filter(Account::isActive)
                .ifPresent(account -> mail.enqueue(account.getEmail(), subject, "Hello " + account.getDisplayName()
                        + ",\n\n" + body));
    }
}
