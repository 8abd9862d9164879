package com.mentorflow.circles;

import static com.mentorflow.circles.CircleProcess.*;

import com.mentorflow.circles.Circle.Status;
import com.mentorflow.circles.CircleMembership.Role;
import com.mentorflow.notify.MailOutbox;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.ProfileService;
import com.mentorflow.people.TimeZones;
import com.mentorflow.people.Topics;
import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.tasks.TaskAccess;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Circles from proposal to disbanding. People call the public methods, each of which checks who may do it
 * and takes the circle's lock; circle-lifecycle.bpmn calls the package-private ones, the only other places a
 * circle's status changes.
 */
@Service
public class Circles {

    public static final int MIN_SIZE = 3;
    public static final int MAX_SIZE = 10;
    public static final int RECOMMENDED_ADVISORS = 2;
    public static final int MAX_NAME = 80;
    public static final int MAX_TEXT = 2000;
    /** Languages a circle can meet in (ISO 639-1). */
    public static final Map<String, String> LANGUAGES = languages();

    private static final Set<CircleMembership.Status> CURRENT =
            EnumSet.of(CircleMembership.Status.REQUESTED, CircleMembership.Status.APPROVED);

    private final CircleRepository circles;
    private final CircleMembershipRepository memberships;
    private final ParticipantDirectory directory;
    private final AccountService accounts;
    private final Topics topics;
    private final EducationTopics educationTopics;
    private final TaskAccess taskAccess;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final DecisionService decisionService;
    private final MailOutbox mail;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CirclePlan plan;
    private final ProfileService profiles;
    private final TimeZones zones;
    private final CircleMeetingInvitations invitations;

    Circles(CircleRepository circles, CircleMembershipRepository memberships, ParticipantDirectory directory,
            AccountService accounts, Topics topics, EducationTopics educationTopics, TaskAccess taskAccess,
            TaskService taskService, RuntimeService runtimeService, DecisionService decisionService, MailOutbox mail,
            AuditLog audit, JdbcTemplate jdbc, Clock clock, CirclePlan plan, ProfileService profiles, TimeZones zones,
            CircleMeetingInvitations invitations) {
        this.circles = circles;
        this.memberships = memberships;
        this.directory = directory;
        this.accounts = accounts;
        this.topics = topics;
        this.educationTopics = educationTopics;
        this.taskAccess = taskAccess;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.decisionService = decisionService;
        this.mail = mail;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.plan = plan;
        this.profiles = profiles;
        this.zones = zones;
        this.invitations = invitations;
    }

    // ---- proposing and joining ----------------------------------------------------------------------------

    /** The proposer becomes the circle's manager and its first member, in the role they chose. */
    @Transactional
    public long propose(String username, CircleProposal proposal) {
        profiles.requireReadyToTakePart(username);
        ParticipantFacts proposer = eligiblePerson(username);
        String name = strip(proposal.name());
        String description = strip(proposal.description());
        Set<Integer> chosenTopics = proposal.topics() == null ? Set.of() : proposal.topics();
        new RejectedInputException.Collector()
                .check(name.length() >= 3 && name.length() <= MAX_NAME, "name", "Give the circle a name of 3 to " + MAX_NAME + " characters.")
                .check(!chosenTopics.isEmpty() && chosenTopics.size() <= 3, "topics", "Choose one to three topics.")
                .check(topics.ids().containsAll(chosenTopics), "topics", "Choose topics from the list.")
                .check(description.length() >= 20 && description.length() <= MAX_TEXT, "description",
                        "Describe what the circle is about in 20 to " + MAX_TEXT + " characters.")
                .check(proposal.affinityNetwork() == null || AffinityNetworks.exists(jdbc, proposal.affinityNetwork()),
                        "affinityNetwork", "Choose a network from the list, or none.")
                .check(proposal.language() != null && LANGUAGES.containsKey(proposal.language()), "language",
                        "Choose the language the circle meets in.")
                .check(validZone(proposal.timeZone()), "timeZone", "Choose the time zone the meetings are planned in.")
                .check(proposal.meetingMode() != null, "meetingMode", "Choose how the circle meets.")
                .check(proposal.maxSize() != null && proposal.maxSize() >= MIN_SIZE && proposal.maxSize() <= MAX_SIZE, "maxSize",
                        "A circle has " + MIN_SIZE + " to " + MAX_SIZE + " people.")
                .check(proposal.proposerRole() != null, "proposerRole", "Choose whether you join as a member or as an advisor.")
                .throwIfAny();
        Circle circle = circles.saveAndFlush(new Circle(proposal, proposer.accountId(), clock.instant()));
        memberships.save(CircleMembership.founder(circle.getId(), proposer.accountId(), proposal.proposerRole(), clock.instant()));
        audit.record(username, "circle-proposed", "circle " + circle.getId() + ": " + name);
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, circle.getId().toString(), Map.of(VAR_CIRCLE_ID, circle.getId()));
        return circle.getId();
    }

    /**
     * Asks to join; the eligibility decision in the model answers at once (a refusal is thrown, nothing is
     * kept), otherwise the manager gets a task.
     *
     * @return the new membership's id
     */
    @Transactional
    public long requestToJoin(String username, long circleId, Role role, String note) {
        profiles.requireReadyToTakePart(username);
        lock(circleId);
        Circle circle = circle(circleId);
        ParticipantFacts person = directory.findByUsername(username)
                .orElseThrow(() -> new NotPermittedException("There is no participant account for you."));
        String text = strip(note);
        new RejectedInputException.Collector()
                .check(role != null, "role", "Choose whether you join as a member or as an advisor.")
                .check(text.length() <= 1000, "note", "Please keep the note to 1000 characters.")
                .throwIfAny();
        if (!circle.getStatus().isOpen()) {
            throw new ConflictException("This circle is " + circle.getStatus().label().toLowerCase() + ": it takes no new people.");
        }
        if (memberships.findFirstByCircleIdAndAccountIdAndStatusIn(circleId, person.accountId(), CURRENT).isPresent()) {
            throw new ConflictException("You are in this circle or have asked to join it already.");
        }
        if (approved(circleId).size() >= circle.getMaxSize()) {
            throw new ConflictException("This circle is full (" + circle.getMaxSize() + " people).");
        }
        CircleMembership membership = memberships.saveAndFlush(
                new CircleMembership(circleId, person.accountId(), role, text.isEmpty() ? null : text, clock.instant()));
        runtimeService.createMessageCorrelation(MESSAGE_JOIN_REQUESTED)
                .processInstanceBusinessKey(Long.toString(circleId))
                .setVariableToTriggeredScope(VAR_MEMBERSHIP_ID, membership.getId())
                .setVariableToTriggeredScope(VAR_EMPLOYEE_TYPE, person.employeeType() == null ? "UNKNOWN" : person.employeeType().name())
                .setVariableToTriggeredScope(VAR_ACCOUNT_ACTIVE, person.active())
                .setVariableToTriggeredScope(VAR_REFUSAL, "")
                .correlate();
        CircleMembership after = memberships.findById(membership.getId()).orElseThrow();
        if (after.getStatus() == CircleMembership.Status.DECLINED) {
            // Refused by circle-eligibility.dmn: say why, and keep nothing of the request.
            throw new RejectedInputException("eligibility", after.getDeclineReason());
        }
        mailAccount(circle.getManagerAccountId(), person.displayName() + " asks to join " + circle.getName(),
                person.displayName() + " would like to join " + circle.getName() + " as " + role.label().toLowerCase()
                        + (text.isEmpty() ? "." : ":\n\n" + text) + "\n\nOpen My tasks in Mentorflow to approve or decline.\n");
        return membership.getId();
    }

    /** What the manager should know before approving this request: each entry needs an explicit override. */
    @Transactional(readOnly = true)
    public List<String> warningsFor(long membershipId) {
        CircleMembership request = memberships.findById(membershipId).orElseThrow();
        return warnings(request);
    }

    /** The manager's answer to a join request (the "Review join request" task). */
    @Transactional
    public void decideJoinRequest(String taskId, String managerUsername, boolean approve, String declineReason, boolean override) {
        Task task = taskAccess.requireCompletableBy(taskId, managerUsername, FORM_REVIEW_JOIN);
        long circleId = circleOf(task);
        lock(circleId);
        Circle circle = circle(circleId);
        CircleMembership request = memberships.findById(longVariable(task, VAR_MEMBERSHIP_ID)).orElseThrow();
        String why = strip(declineReason);
        if (!approve) {
            new RejectedInputException.Collector()
                    .check(why.length() >= 5 && why.length() <= 1000, "reason", "Please tell them why (5 to 1000 characters).")
                    .throwIfAny();
            request.decline(why, clock.instant());
            complete(task);
            mailAccount(request.getAccountId(), "Your request to join " + circle.getName(),
                    "The circle manager of " + circle.getName() + " declined your request: " + why
                            + "\n\nThe circle directory in Mentorflow lists other circles.\n");
            return;
        }
        if (approved(circleId).size() >= circle.getMaxSize()) {
            throw new RejectedInputException("size", "The circle is full: it has " + circle.getMaxSize()
                    + " people, the most it allows. Decline the request or let someone leave first.");
        }
        List<String> warnings = warnings(request);
        if (!warnings.isEmpty() && !override) {
            throw new RejectedInputException("override", String.join(" ", warnings)
                    + " Tick \"Approve anyway\" if you want to go ahead.");
        }
        request.approve(warnings.isEmpty() ? null : String.join(" ", warnings), clock.instant());
        if (!warnings.isEmpty()) {
            audit.record(managerUsername, "circle-rule-overridden", "circle " + circleId + ": " + String.join(" ", warnings),
                    List.of(request.getAccountId()));
        }
        complete(task);
        mailAccount(request.getAccountId(), "Welcome to " + circle.getName(),
                "You are now " + (request.getRole() == Role.ADVISOR ? "an advisor" : "a member") + " of " + circle.getName()
                        + ". The circle page in Mentorflow shows who is in it and when it meets.\n");
    }

    /** The manager publishes the circle, which starts its first six-month term; it needs three people. */
    @Transactional
    public void publish(String taskId, String managerUsername) {
        Task task = taskAccess.requireCompletableBy(taskId, managerUsername, FORM_PUBLISH);
        long circleId = circleOf(task);
        lock(circleId);
        int people = approved(circleId).size();
        if (people < MIN_SIZE) {
            throw new RejectedInputException("size", "A circle needs at least " + MIN_SIZE + " people to start; it has "
                    + people + ". Approve more join requests first.");
        }
        complete(task);
    }

    // ---- meetings, renewal, feedback ----------------------------------------------------------------------

    /**
     * Sets what the meeting is about and when; every member gets the invitation. The task stays open. The time is read
     * on the manager's clock, in their own zone, and stored as the instant it means.
     */
    @Transactional
    public void planMeeting(String taskId, String managerUsername, CircleMeetingKind kind, Long educationTopicId,
                            String theme, LocalDateTime localStart, Integer durationMinutes, String link) {
        Task task = taskAccess.requireCompletableBy(taskId, managerUsername, FORM_MEETING);
        Instant at = localStart == null ? null : localStart.atZone(zones.zoneOf(managerUsername)).toInstant();
        long circleId = circleOf(task);
        int number = intVariable(task, VAR_MEETING);
        String where = strip(link);
        String about = strip(theme);
        new RejectedInputException.Collector()
                .check(kind != null, "kind", "Choose Education or Experience.")
                .check(kind != CircleMeetingKind.EDUCATION || (educationTopicId != null && educationTopics.isActive(educationTopicId)),
                        "educationTopic", "Choose the topic the circle studies from the library.")
                .check(kind != CircleMeetingKind.EXPERIENCE || (about.length() >= 3 && about.length() <= 200), "theme",
                        "Give the situations to share a theme of 3 to 200 characters.")
                .check(at != null, "at", "Choose the date and time.")
                .check(at == null || at.isAfter(clock.instant().minus(Duration.ofDays(1))), "at", "Choose a time from today on.")
                .check(durationMinutes != null && durationMinutes >= 15 && durationMinutes <= 240, "duration",
                        "A meeting lasts 15 to 240 minutes.")
                .check(!where.isEmpty() && where.length() <= 300, "link", "Say where you meet: a room or a video link.")
                .throwIfAny();
        lock(circleId);
        Circle circle = circle(circleId);
        jdbc.update("""
                insert into mentorflow.circle_meeting (circle_id, number, kind, education_topic_id, theme, scheduled_at,
                    duration_minutes, link) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (circle_id, number) do update set kind = excluded.kind,
                    education_topic_id = excluded.education_topic_id, theme = excluded.theme,
                    scheduled_at = excluded.scheduled_at, duration_minutes = excluded.duration_minutes, link = excluded.link""",
                circleId, number, kind.name(), kind == CircleMeetingKind.EDUCATION ? educationTopicId : null,
                kind == CircleMeetingKind.EXPERIENCE ? about : null, Timestamp.from(at), durationMinutes, where);
        String subject = circle.getName() + " meeting " + number + " (" + kind.label() + "): "
                + (kind == CircleMeetingKind.EDUCATION ? educationTopics.title(educationTopicId) : about);
        invitations.send(circle, number, kind, subject, at, durationMinutes, where, approved(circleId));
    }

    /** Who came and a short summary (members only see it); completes the meeting task. */
    @Transactional
    public void recordMeeting(String taskId, String managerUsername, Set<Long> attended, String summary) {
        Task task = taskAccess.requireCompletableBy(taskId, managerUsername, FORM_MEETING);
        long circleId = circleOf(task);
        int number = intVariable(task, VAR_MEETING);
        String text = strip(summary);
        Set<Long> members = approved(circleId).stream().map(CircleMembership::getAccountId).collect(Collectors.toSet());
        Set<Long> came = attended == null ? Set.of() : attended;
        Integer planned = jdbc.query("select count(*) from mentorflow.circle_meeting where circle_id = ? and number = ? "
                + "and scheduled_at is not null", row -> row.next() ? row.getInt(1) : 0, circleId, number);
        new RejectedInputException.Collector()
                .check(planned != null && planned > 0, "at", "Plan the meeting first: choose its topic, date and place.")
                .check(members.containsAll(came), "attended", "Tick people who are in the circle.")
                .check(text.length() >= 10 && text.length() <= 4000, "summary",
                        "Write a short summary for the members (10 to 4000 characters).")
                .throwIfAny();
        jdbc.update("update mentorflow.circle_meeting set attended = ?, summary = ?, held_at = ? where circle_id = ? and number = ?",
                came.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")), text,
                Timestamp.from(clock.instant()), circleId, number);
        complete(task);
    }

    /** A member's optional vote on the renewal. */
    @Transactional
    public void vote(String taskId, String username, boolean continueCircle) {
        Task task = taskAccess.requireCompletableBy(taskId, username, FORM_VOTE);
        long circleId = circleOf(task);
        Circle circle = circle(circleId);
        long accountId = account(username).getId();
        jdbc.update("""
                insert into mentorflow.circle_vote (circle_id, term, account_id, vote, voted_at) values (?, ?, ?, ?, ?)
                on conflict (circle_id, term, account_id) do update set vote = excluded.vote, voted_at = excluded.voted_at""",
                circleId, circle.getTerm(), accountId, continueCircle ? RENEWAL_CONTINUE : RENEWAL_DISBAND,
                Timestamp.from(clock.instant()));
        complete(task);
    }

    /** Votes so far in the circle's current term: CONTINUE and DISBAND counts. */
    @Transactional(readOnly = true)
    public Map<String, Integer> votes(long circleId) {
        Map<String, Integer> tally = new HashMap<>(Map.of(RENEWAL_CONTINUE, 0, RENEWAL_DISBAND, 0));
        jdbc.query("select v.vote, count(*) from mentorflow.circle_vote v join mentorflow.circle c on c.id = v.circle_id "
                        + "and c.term = v.term where v.circle_id = ? group by v.vote",
                row -> {
                    tally.put(row.getString(1), row.getInt(2));
                }, circleId);
        return tally;
    }

    /** The manager decides; a third term needs a program manager's approval. */
    @Transactional
    public void decideRenewal(String taskId, String managerUsername, boolean continueCircle) {
        Task task = taskAccess.requireCompletableBy(taskId, managerUsername, FORM_RENEWAL);
        lock(circleOf(task));
        audit.record(managerUsername, "circle-renewal-decided", "circle " + circleOf(task) + ": "
                + (continueCircle ? "continue" : "disband"));
        complete(task, Map.of(VAR_RENEWAL, continueCircle ? RENEWAL_CONTINUE : RENEWAL_DISBAND));
    }

    @Transactional
    public void decideExtension(String taskId, String programManagerUsername, boolean approved, String reason) {
        Task task = taskAccess.requireCompletableBy(taskId, programManagerUsername, FORM_APPROVE_EXTENSION);
        String why = strip(reason);
        new RejectedInputException.Collector()
                .check(approved || why.length() >= 5, "reason", "Please give the circle a reason (at least 5 characters).")
                .check(why.length() <= 1000, "reason", "Please keep the reason to 1000 characters.")
                .throwIfAny();
        long circleId = circleOf(task);
        lock(circleId);
        audit.record(programManagerUsername, "circle-extension-decided", "circle " + circleId + ": "
                + (approved ? "approved" : "not approved: " + why));
        if (!approved) {
            Circle circle = circle(circleId);
            mailAccount(circle.getManagerAccountId(), circle.getName() + " will disband",
                    "A program manager did not approve a further term for " + circle.getName() + ": " + why + "\n");
        }
        complete(task, Map.of(VAR_EXTENSION_APPROVED, approved));
    }

    @Transactional
    public void giveFeedback(String taskId, String username, Integer rating, String comment) {
        Task task = taskAccess.requireCompletableBy(taskId, username, FORM_FEEDBACK);
        String text = strip(comment);
        new RejectedInputException.Collector()
                .check(rating != null && rating >= 1 && rating <= 5, "rating", "Choose a rating from 1 to 5.")
                .check(text.length() <= MAX_TEXT, "comment", "Please keep the comment to " + MAX_TEXT + " characters.")
                .throwIfAny();
        jdbc.update("""
                insert into mentorflow.circle_feedback (circle_id, account_id, rating, comment, answered_at) values (?, ?, ?, ?, ?)
                on conflict (circle_id, account_id) do update set rating = excluded.rating, comment = excluded.comment,
                    answered_at = excluded.answered_at""",
                circleOf(task), account(username).getId(), rating, text.isEmpty() ? null : text, Timestamp.from(clock.instant()));
        complete(task);
    }

    // ---- leaving and cancelling ---------------------------------------------------------------------------

    /** A member or advisor leaves; when the manager leaves, an advisor or the longest-standing member takes over. */
    @Transactional
    public void leave(String username, long circleId) {
        lock(circleId);
        Circle circle = circle(circleId);
        long accountId = account(username).getId();
        CircleMembership membership = memberships.findFirstByCircleIdAndAccountIdAndStatusIn(circleId, accountId, CURRENT)
                .orElseThrow(() -> new ConflictException("You are not in this circle."));
        if (!circle.getStatus().isOpen()) {
            throw new ConflictException("This circle has ended; there is nothing to leave.");
        }
        leaveCircle(circle, membership, username);
    }

    /** The manager or a program manager cancels the circle; everyone is told and every open task ends. */
    @Transactional
    public void cancel(String username, long circleId, String reason) {
        lock(circleId);
        Circle circle = circle(circleId);
        boolean manager = accounts.findByUsername(username)
                .map(a -> Objects.equals(circle.getManagerAccountId(), a.getId())).orElse(false);
        if (!manager && !CurrentUser.hasRole(Roles.PROGRAM_MANAGER)) {
            throw new NotPermittedException("Only the circle manager or a program manager can cancel a circle.");
        }
        String why = strip(reason);
        new RejectedInputException.Collector()
                .check(why.length() >= 5 && why.length() <= 1000, "reason", "Please give a reason (5 to 1000 characters).")
                .throwIfAny();
        if (!circle.getStatus().isOpen()) {
            throw new ConflictException("This circle is " + circle.getStatus().label().toLowerCase() + " already.");
        }
        runtimeService.createMessageCorrelation(MESSAGE_CANCELLED)
                .processInstanceBusinessKey(Long.toString(circleId))
                .setVariable(VAR_CANCEL_REASON, why + " (cancelled by " + username + ")")
                .correlate();
    }

    // ---- what the model calls -----------------------------------------------------------------------------

    @Transactional
    void openRecruiting(long circleId) {
        Circle circle = circle(circleId);
        circle.move(Status.RECRUITING);
        mailAccount(circle.getManagerAccountId(), circle.getName() + " is open for members",
                "Your circle " + circle.getName() + " is in the circle directory now. Approve join requests from My tasks "
                        + "and publish the circle once it has at least " + MIN_SIZE + " people, within "
                        + CirclePlan.PUBLISH_WITHIN_WEEKS + " weeks.\n");
    }

    /** circle-eligibility.dmn refused the person. */
    @Transactional
    void refuseJoinRequest(long membershipId, String refusal) {
        memberships.findById(membershipId).orElseThrow().decline(refusal, clock.instant());
    }

    /** A term starts: at publishing, or when the circle continues; answers the new term's number. */
    @Transactional
    int startTerm(long circleId) {
        Circle circle = circle(circleId);
        Instant now = clock.instant();
        circle.startTerm(now, now.plus(Duration.parse(plan.getTermLength())));
        if (circle.getTerm() > 1) {
            renewed(circle.getId(), circle.getTerm() - 1, "CONTINUED");
        }
        String body = circle.getTerm() == 1
                ? circle.getName() + " is published: " + approved(circleId).size() + " people, six monthly meetings, "
                + "alternating Education and Experience. The first meeting is being planned.\n"
                : circle.getName() + " continues for six more monthly meetings (term " + circle.getTerm() + ").\n";
        notifyApproved(circle, circle.getTerm() == 1 ? circle.getName() + " starts" : circle.getName() + " continues", body);
        return circle.getTerm();
    }

    @Transactional
    void askForRenewal(long circleId) {
        Circle circle = circle(circleId);
        circle.move(Status.RENEWAL_PENDING);
        notifyApproved(circle, "Continue " + circle.getName() + "?", "The term of " + circle.getName() + " is over. "
                + (circle.getTerm() >= CirclePlan.TERMS_BEFORE_APPROVAL
                ? "After twelve months disbanding is recommended. " : "")
                + "Members: vote in My tasks within a week whether to continue for six more months or disband; "
                + "the circle manager decides.\n");
    }

    @Transactional
    void disband(long circleId) {
        Circle circle = circle(circleId);
        circle.end(Status.DISBANDED, "disbanded after term " + circle.getTerm(), clock.instant());
        renewed(circleId, circle.getTerm(), "DISBANDED");
        declinePending(circle, "the circle has disbanded");
        notifyApproved(circle, circle.getName() + " has disbanded", circle.getName() + " has disbanded; its page stays "
                + "readable as an archive. Please tell us how it went: a short feedback task is in My tasks.\n");
    }

    @Transactional
    void expire(long circleId) {
        Circle circle = circle(circleId);
        circle.end(Status.EXPIRED, "not published within " + CirclePlan.PUBLISH_WITHIN_WEEKS + " weeks", clock.instant());
        String body = circle.getName() + " was not published within " + CirclePlan.PUBLISH_WITHIN_WEEKS
                + " weeks of its proposal and has expired. Anyone may propose a new circle.\n";
        for (CircleMembership m : memberships.findByCircleIdOrderByRequestedAtAscIdAsc(circleId)) {
            if (CURRENT.contains(m.getStatus())) {
                mailAccount(m.getAccountId(), circle.getName() + " has expired", body);
            }
        }
        declinePending(circle, "the circle expired");
    }

    @Transactional
    void cancelled(long circleId, String reason) {
        Circle circle = circle(circleId);
        circle.end(Status.CANCELLED, reason, clock.instant());
        declinePending(circle, "the circle was cancelled");
        notifyApproved(circle, circle.getName() + " was cancelled", circle.getName() + " was cancelled: " + reason + "\n");
    }

    /** Erasure: the person leaves every circle they are in. */
    @Transactional
    void leaveAll(long accountId, String username) {
        for (CircleMembership membership : memberships.findByAccountIdAndStatusIn(accountId, CURRENT)) {
            lock(membership.getCircleId());
            Circle circle = circle(membership.getCircleId());
            if (circle.getStatus().isOpen()) {
                leaveCircle(circle, membership, username);
            }
        }
        memberships.findByAccountId(accountId).forEach(CircleMembership::forgetNote);
    }

    /**
     * Someone was deactivated: every open circle they manage goes to an active advisor, else the longest-standing
     * active member, who is mailed and gets the open manager tasks; a circle with no one else in it is cancelled,
     * as when everyone has left. Their membership stays (a reactivated person is back in), hidden from member lists.
     */
    @Transactional
    void managerLeft(long accountId, String username, String by) {
        for (Circle circle : circles.findByManagerAccountId(accountId)) {
            if (!circle.getStatus().isOpen()) {
                continue;
            }
            lock(circle.getId());
            List<CircleMembership> others = approved(circle.getId()).stream().filter(m -> m.getAccountId() != accountId)
                    .filter(m -> directory.find(m.getAccountId()).map(ParticipantFacts::active).orElse(false)).toList();
            CircleMembership successor = others.stream().filter(m -> m.getRole() == Role.ADVISOR).findFirst()
                    .orElse(others.stream().findFirst().orElse(null));
            if (successor != null) {
                handOver(circle, successor, username, by, "the previous manager left the program");
            } else {
                circle.handOverTo(null);
                runtimeService.createMessageCorrelation(MESSAGE_CANCELLED)
                        .processInstanceBusinessKey(Long.toString(circle.getId()))
                        .setVariable(VAR_CANCEL_REASON, "its manager left the program and no one else is in it")
                        .correlate();
            }
        }
    }

    // ---- reading ------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Circle circle(long circleId) {
        return circles.findById(circleId).orElseThrow(() -> new RejectedInputException("circle", "There is no such circle."));
    }

    @Transactional(readOnly = true)
    public List<CircleMembership> approved(long circleId) {
        return memberships.findByCircleIdAndStatusOrderByDecidedAtAscIdAsc(circleId, CircleMembership.Status.APPROVED);
    }

    @Transactional(readOnly = true)
    public CircleMembership membership(long membershipId) {
        return memberships.findById(membershipId).orElseThrow();
    }

    /** The state of the signed-in person in a circle, if any (requested or approved). */
    @Transactional(readOnly = true)
    public java.util.Optional<CircleMembership> currentMembership(long circleId, String username) {
        return accounts.findByUsername(username).flatMap(a -> memberships.findFirstByCircleIdAndAccountIdAndStatusIn(circleId, a.getId(), CURRENT));
    }

    // ---- rules and helpers --------------------------------------------------------------------------------

    /** Advisors: two at most, and above every member's level. A broken rule is a warning the manager may override. */
    private List<String> warnings(CircleMembership request) {
        List<CircleMembership> after = new ArrayList<>(approved(request.getCircleId()));
        after.add(request);
        List<String> warnings = new ArrayList<>();
        long advisors = after.stream().filter(m -> m.getRole() == Role.ADVISOR).count();
        if (request.getRole() == Role.ADVISOR && advisors > RECOMMENDED_ADVISORS) {
            warnings.add("This would be advisor number " + advisors + "; at most " + RECOMMENDED_ADVISORS + " are recommended.");
        }
        Integer requestLevel = levelOf(request.getAccountId());
        if (request.getRole() == Role.ADVISOR) {
            Integer highestMember = after.stream().filter(m -> m.getRole() == Role.MEMBER).map(m -> levelOf(m.getAccountId()))
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
            if (requestLevel == null) {
                warnings.add(name(request.getAccountId()) + "'s level is not in the directory, so it is unknown whether "
                        + "they are above the members.");
            } else if (highestMember != null && requestLevel <= highestMember) {
                warnings.add("Advisor " + name(request.getAccountId()) + " (L" + requestLevel + ") is not above every member "
                        + "(the highest member is L" + highestMember + "); advisors are usually 1 to 2 levels above.");
            }
        } else if (requestLevel != null) {
            for (CircleMembership advisor : after.stream().filter(m -> m.getRole() == Role.ADVISOR).toList()) {
                Integer advisorLevel = levelOf(advisor.getAccountId());
                if (advisorLevel != null && advisorLevel <= requestLevel) {
                    warnings.add("Advisor " + name(advisor.getAccountId()) + " (L" + advisorLevel + ") would not be above "
                            + name(request.getAccountId()) + " (L" + requestLevel + "); advisors are usually 1 to 2 levels above.");
                }
            }
        }
        return warnings;
    }

    private Integer levelOf(long accountId) {
        return directory.find(accountId).map(ParticipantFacts::level).orElse(null);
    }

    private void leaveCircle(Circle circle, CircleMembership membership, String username) {
        boolean wasApproved = membership.getStatus() == CircleMembership.Status.APPROVED;
        membership.leave(clock.instant());
        closeOwnTasks(circle.getId(), username);
        if (!wasApproved || !Objects.equals(circle.getManagerAccountId(), membership.getAccountId())) {
            return;
        }
        List<CircleMembership> remaining = approved(circle.getId());
        CircleMembership successor = remaining.stream().filter(m -> m.getRole() == Role.ADVISOR).findFirst()
                .orElse(remaining.stream().findFirst().orElse(null));
        if (successor == null) {
            circle.handOverTo(null);
            runtimeService.createMessageCorrelation(MESSAGE_CANCELLED)
                    .processInstanceBusinessKey(Long.toString(circle.getId()))
                    .setVariable(VAR_CANCEL_REASON, "everyone has left")
                    .correlate();
            return;
        }
        handOver(circle, successor, username, username, username + " left");
    }

    /** A program manager makes another person in the circle its manager, e.g. when decisions are stuck. */
    @Transactional
    public void reassignManager(String programManagerUsername, long circleId, long newManagerAccountId) {
        if (!CurrentUser.hasRole(Roles.PROGRAM_MANAGER)) {
            throw new NotPermittedException("Only a program manager can hand a circle to another manager.");
        }
        lock(circleId);
        Circle circle = circle(circleId);
        if (!circle.getStatus().isOpen()) {
            throw new ConflictException("This circle is " + circle.getStatus().label().toLowerCase() + ".");
        }
        CircleMembership successor = approved(circleId).stream().filter(m -> m.getAccountId() == newManagerAccountId)
                .findFirst().orElseThrow(() -> new RejectedInputException("manager", "Choose someone who is in the circle."));
        if (Objects.equals(circle.getManagerAccountId(), newManagerAccountId)) {
            throw new RejectedInputException("manager", "They manage the circle already.");
        }
        String previous = circle.getManagerAccountId() == null ? null : account(circle.getManagerAccountId()).getUsername();
        handOver(circle, successor, previous, programManagerUsername, "reassigned by " + programManagerUsername);
    }

    private void handOver(Circle circle, CircleMembership successor, String previousManager, String actor, String why) {
        Set<Long> concerned = new java.util.HashSet<>(Set.of(successor.getAccountId()));
        if (circle.getManagerAccountId() != null) {
            concerned.add(circle.getManagerAccountId());
        }
        circle.handOverTo(successor.getAccountId());
        String successorName = account(successor.getAccountId()).getUsername();
        if (previousManager != null) {
            for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(circle.getId()))
                    .processDefinitionKey(PROCESS_KEY).taskAssignee(previousManager).initializeFormKeys().list()) {
                if (!FORM_VOTE.equals(task.getFormKey()) && !FORM_FEEDBACK.equals(task.getFormKey())) {
                    taskService.setAssignee(task.getId(), successorName);
                }
            }
        }
        audit.record(actor, "circle-manager-changed", "circle " + circle.getId() + ": "
                + successorName + " manages it now (" + why + ")", concerned);
        mailAccount(successor.getAccountId(), "You now manage " + circle.getName(), "You are now the circle manager of "
                + circle.getName() + ": approving join requests, publishing and running meetings are in My tasks.\n");
    }

    /** Someone leaving has no vote or feedback to give any more. */
    private void closeOwnTasks(long circleId, String username) {
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(circleId))
                .processDefinitionKey(PROCESS_KEY).taskAssignee(username).initializeFormKeys().list()) {
            if (FORM_VOTE.equals(task.getFormKey()) || FORM_FEEDBACK.equals(task.getFormKey())) {
                taskService.complete(task.getId());
            }
        }
    }

    private void declinePending(Circle circle, String reason) {
        for (CircleMembership m : memberships.findByCircleIdOrderByRequestedAtAscIdAsc(circle.getId())) {
            if (m.getStatus() == CircleMembership.Status.REQUESTED) {
                m.decline(reason, clock.instant());
            }
        }
    }

    private ParticipantFacts eligiblePerson(String username) {
        ParticipantFacts person = directory.findByUsername(username)
                .orElseThrow(() -> new NotPermittedException("There is no participant account for you."));
        String refusal = decisionService.evaluateDecisionByKey(DECISION_ELIGIBILITY)
                .variables(Map.of(VAR_EMPLOYEE_TYPE, person.employeeType() == null ? "UNKNOWN" : person.employeeType().name(),
                        VAR_ACCOUNT_ACTIVE, person.active()))
                .evaluate().getSingleEntry();
        if (refusal != null && !refusal.isBlank()) {
            throw new RejectedInputException("eligibility", refusal);
        }
        return person;
    }

    private void notifyApproved(Circle circle, String subject, String body) {
        for (CircleMembership m : approved(circle.getId())) {
            mailAccount(m.getAccountId(), subject, body);
        }
    }

    private void mailAccount(Long accountId, String subject, String body) {
        if (accountId != null) {
            mail.enqueue(account(accountId).getEmail(), subject, body);
        }
    }

    /** How a renewal ended, for the program overview. */
    private void renewed(long circleId, int term, String outcome) {
        jdbc.update("insert into mentorflow.circle_renewal (circle_id, term, outcome, decided_at) values (?, ?, ?, ?) "
                + "on conflict (circle_id, term) do update set outcome = excluded.outcome, decided_at = excluded.decided_at",
                circleId, term, outcome, Timestamp.from(clock.instant()));
    }

    /** One command at a time per circle: counts and rules hold however many people click at once. */
    private void lock(long circleId) {
        jdbc.query("select pg_advisory_xact_lock(67, ?)", row -> { }, (int) circleId);
    }

    private void complete(Task task) {
        complete(task, Map.of());
    }

    private void complete(Task task, Map<String, Object> variables) {
        try {
            taskService.complete(task.getId(), variables);
        } catch (NullValueException | OptimisticLockingException e) {
            throw new ConflictException("This task changed in the meantime (completed, or the circle moved on); nothing was changed.");
        }
    }

    private long circleOf(Task task) {
        return longVariable(task, VAR_CIRCLE_ID);
    }

    private long longVariable(Task task, String name) {
        return ((Number) taskService.getVariable(task.getId(), name)).longValue();
    }

    private int intVariable(Task task, String name) {
        return ((Number) taskService.getVariable(task.getId(), name)).intValue();
    }

    private Account account(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new NotPermittedException("Please sign in first."));
    }

    private Account account(long accountId) {
        return accounts.findById(accountId).orElseThrow();
    }

    private String name(long accountId) {
        return accounts.findById(accountId).map(Account::getDisplayName).orElse("Someone");
    }

    private static boolean validZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static Map<String, String> languages() {
        Map<String, String> languages = new java.util.LinkedHashMap<>();
        for (String code : List.of("en", "es", "de", "fr", "pt", "it", "nl", "pl", "hi", "ja", "zh", "ko", "ar")) {
            languages.put(code, java.util.Locale.forLanguageTag(code).getDisplayLanguage(java.util.Locale.ENGLISH));
        }
        return java.util.Collections.unmodifiableMap(languages);
    }
}
