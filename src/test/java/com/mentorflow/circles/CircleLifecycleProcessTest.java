package com.mentorflow.circles;

import static com.mentorflow.circles.CircleProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.DueJobs;
import com.mentorflow.MentorflowTest;
import com.mentorflow.TestCircles;
import com.mentorflow.TestPeople;
import com.mentorflow.circles.CircleMembership.Role;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.ProgramCalendar;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Times;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Walks circle-lifecycle.bpmn path by path: the engine clock moves a program month (or week) at a time and the
 * due timers fire through the management service; after each step the circle's domain state is checked.
 */
@MentorflowTest
class CircleLifecycleProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired com.mentorflow.people.TimeZones timeZones;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired AccountService accounts;
    @Autowired Circles circles;
    @Autowired CircleMeetings circleMeetings;
    @Autowired JoinRequests joinRequests;
    @Autowired JoinReviews joinReviews;
    @Autowired CircleManagement management;
    @Autowired CircleMemberships memberships;
    @Autowired CircleRenewals renewals;
    @Autowired EducationTopics educationTopics;
    @Autowired ProgramCalendar calendar;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestCircles fixtures;
    @Autowired CircleDirectory directory;
    @Autowired CirclePlan plan;
    @Autowired com.mentorflow.tasks.InboxService inbox;
    @Autowired com.mentorflow.people.AccountErasure erasure;

    /** Both clocks, the engine's and the app's, start together and move together. */
    @org.junit.jupiter.api.extension.RegisterExtension final com.mentorflow.TestClocks clocks = new com.mentorflow.TestClocks();

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    record Group(long circleId, Account manager, Account memberA, Account memberB, Account advisor, ProcessInstance process) {
    }

    @Test
    void publishedCircleRunsTwoTermsOfAlternatingMeetingsThenAProgramManagerSaysNoToAThirdAndItDisbands() {
        Group group = recruited("two-terms");
        Circle circle = circles.circle(group.circleId());
        assertThat(circle.getStatus()).isEqualTo(CircleStatus.RECRUITING);

        publish(group);
        circle = circles.circle(group.circleId());
        assertThat(circle.getStatus()).isEqualTo(CircleStatus.ACTIVE);
        assertThat(circle.getTerm()).isEqualTo(1);
        assertThat(circle.getPublishedAt()).isNotNull();

        List<Integer> held = new ArrayList<>();
        List<String> inboxNames = new ArrayList<>();
        for (int month = 0; month < 6; month++) {
            fireDueTimers(group, Duration.parse(calendar.months(month)).plusMinutes(1));
            Task meeting = single(group, TASK_MEETING);
            assertThat(meeting.getAssignee()).isEqualTo(group.manager().getUsername());
            inboxNames.add(inbox.find(group.manager().getUsername(), meeting.getId()).orElseThrow().name());
            held.add(holdMeeting(group, meeting));
        }
        assertThat(held).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(inboxNames).as("the model names the task once; the inbox says which meeting").containsExactly(
                "Plan and log circle meeting 1", "Plan and log circle meeting 2", "Plan and log circle meeting 3",
                "Plan and log circle meeting 4", "Plan and log circle meeting 5", "Plan and log circle meeting 6");

        // The sixth meeting is held in month 5, but the term lasts six months: no renewal before its end.
        assertThat(circles.circle(group.circleId()).getStatus()).isEqualTo(CircleStatus.ACTIVE);
        assertThat(open(group, TASK_VOTE)).isEmpty();
        BpmnAwareTests.assertThat(group.process()).isWaitingAt(TIMER_TERM_OVER);
        fireDueTimers(group, months(6).minusMinutes(5));
        assertThat(circles.circle(group.circleId()).getStatus()).isEqualTo(CircleStatus.ACTIVE);

        // Six months: renewal. Members vote (the manager decides instead), the manager continues three days later.
        fireDueTimers(group, months(6).plusMinutes(1));
        assertThat(circles.circle(group.circleId()).getStatus()).isEqualTo(CircleStatus.RENEWAL_PENDING);
        List<Task> votes = open(group, TASK_VOTE);
        assertThat(votes).extracting(Task::getAssignee).containsExactlyInAnyOrder(group.memberA().getUsername(),
                group.memberB().getUsername(), group.advisor().getUsername());
        renewals.vote(votes.get(0).getId(), votes.get(0).getAssignee(), true);
        renewals.vote(votes.get(1).getId(), votes.get(1).getAssignee(), false);
        assertThat(renewals.votes(group.circleId())).containsEntry(RENEWAL_CONTINUE, 1).containsEntry(RENEWAL_DISBAND, 1);
        Task decision = single(group, TASK_RENEWAL_DECISION);
        fireDueTimers(group, months(6).plus(Duration.parse(calendar.days(3))));
        renewals.decideRenewal(decision.getId(), group.manager().getUsername(), true);
        assertThat(open(group, TASK_VOTE)).as("the decision ends open votes").isEmpty();
        circle = circles.circle(group.circleId());
        assertThat(circle.getStatus()).isEqualTo(CircleStatus.EXTENDED);
        assertThat(circle.getTerm()).isEqualTo(2);
        assertThat(circle.getTermEndsAt()).as("term 2 starts where term 1 ended, not at the decision")
                .isEqualTo(clocks.start().plus(months(12)));

        for (int month = 6; month < 12; month++) {
            fireDueTimers(group, months(month).plusMinutes(1));
            held.add(holdMeeting(group, single(group, TASK_MEETING)));
        }
        assertThat(held).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(jdbc.queryForList("select kind from mentorflow.circle_meeting where circle_id = ? order by number",
                String.class, group.circleId())).containsExactly("EDUCATION", "EXPERIENCE", "EDUCATION", "EXPERIENCE",
                "EDUCATION", "EXPERIENCE", "EDUCATION", "EXPERIENCE", "EDUCATION", "EXPERIENCE", "EDUCATION", "EXPERIENCE");

        // Twelve months: continuing needs a program manager, who says no; the circle disbands.
        fireDueTimers(group, months(12).plusMinutes(1));
        assertThat(mail(group.advisor())).anyMatch(s -> s.equals("Continue " + circles.circle(group.circleId()).getName() + "?"));
        renewals.decideRenewal(single(group, TASK_RENEWAL_DECISION).getId(), group.manager().getUsername(), true);
        Task approval = single(group, TASK_APPROVE_EXTENSION);
        assertThat(taskService.getIdentityLinksForTask(approval.getId())).anyMatch(l -> "program-managers".equals(l.getGroupId()));
        Account manager = fixtures.employee("circle-pm", 8, "REGULAR");
        assertThatThrownBy(() -> renewals.decideExtension(approval.getId(), manager.getUsername(), false, "x"))
                .isInstanceOf(NotPermittedException.class);
        renewals.decideExtension(approval.getId(), "priya", false, "Twelve months is the program's limit this year.");
        assertThat(circles.circle(group.circleId()).getStatus()).isEqualTo(CircleStatus.DISBANDED);

        // Disbanded: archived, everyone gives feedback, then the process ends.
        List<Task> feedback = open(group, TASK_FEEDBACK);
        assertThat(feedback).hasSize(4);
        assertThatThrownBy(() -> joinRequests.requestToJoin(fixtures.regular("late", 4).getUsername(), group.circleId(), Role.MEMBER, ""))
                .isInstanceOf(ConflictException.class);
        for (Task task : feedback) {
            assertThatThrownBy(() -> renewals.giveFeedback(task.getId(), task.getAssignee(), 6, null))
                    .isInstanceOf(RejectedInputException.class);
            renewals.giveFeedback(task.getId(), task.getAssignee(), 5, "Good company.");
        }
        BpmnAwareTests.assertThat(group.process()).isEnded().hasPassed(END_ARCHIVED);
        assertThat(count("select count(*) from mentorflow.circle_feedback where circle_id = ?", group.circleId())).isEqualTo(4);
        assertThat(count("select count(*) from mentorflow.circle_meeting where circle_id = ? and held_at is not null",
                group.circleId())).isEqualTo(12);
    }

    @Test
    void circleDisbandsAtSixMonthsWhenNobodyRecordsMeetingsOrVotes() {
        Group group = recruited("six");
        publish(group);
        for (int month = 1; month <= 6; month++) {
            fireDueTimers(group, Duration.parse(calendar.months(month)).plusMinutes(1));
        }
        assertThat(open(group, TASK_MEETING)).as("the term's end closes meetings not recorded").isEmpty();
        assertThat(circles.circle(group.circleId()).getStatus()).isEqualTo(CircleStatus.RENEWAL_PENDING);
        assertThat(open(group, TASK_VOTE)).hasSize(3);

        fireDueTimers(group, Duration.parse(calendar.months(6)).plus(Duration.parse(calendar.getWeek())).plusMinutes(2));
        assertThat(open(group, TASK_VOTE)).as("voting closes after a week").isEmpty();
        renewals.decideRenewal(single(group, TASK_RENEWAL_DECISION).getId(), group.manager().getUsername(), false);
        Circle circle = circles.circle(group.circleId());
        assertThat(circle.getStatus()).isEqualTo(CircleStatus.DISBANDED);
        assertThat(circle.getEndedAt()).isNotNull();
        assertThat(open(group, TASK_FEEDBACK)).hasSize(4);

        fireDueTimers(group, Duration.parse(calendar.months(7)));
        BpmnAwareTests.assertThat(group.process()).isEnded().hasPassed(END_ARCHIVED);
        assertThat(mail(group.memberA())).contains(circle.getName() + " has disbanded");
    }

    @Test
    void proposalNotPublishedWithinEightWeeksExpiresAndEveryoneIsTold() {
        Account manager = fixtures.regular("expiring-manager", 5);
        long circleId = fixtures.propose(manager, "Expiring circle", 6);
        Account waiting = fixtures.regular("expiring-waiting", 4);
        long request = joinRequests.requestToJoin(waiting.getUsername(), circleId, Role.MEMBER, "Hello there");
        Group group = group(circleId, manager);
        Task publish = single(group, TASK_PUBLISH);
        assertThatThrownBy(() -> circles.publish(publish.getId(), manager.getUsername()))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("at least 3 people");

        fireDueTimers(group, Duration.parse(calendar.weeks(8)).minusMinutes(5));
        assertThat(circles.circle(circleId).getStatus()).isEqualTo(CircleStatus.RECRUITING);
        fireDueTimers(group, Duration.parse(calendar.weeks(8)).plusMinutes(1));

        BpmnAwareTests.assertThat(group.process()).isEnded().hasPassed(END_EXPIRED);
        assertThat(circles.circle(circleId).getStatus()).isEqualTo(CircleStatus.EXPIRED);
        assertThat(memberships.membership(request).getStatus()).isEqualTo(CircleMembership.Status.DECLINED);
        assertThat(mail(manager)).contains("Expiring circle has expired");
        assertThat(mail(waiting)).contains("Expiring circle has expired");
        assertThat(taskService.createTaskQuery().processInstanceId(group.process().getId()).count()).isZero();
    }

    @Test
    void noEleventhPersonEvenWhenTheManagerApprovesTwoRequestsAtTheEnd() {
        Account manager = fixtures.regular("ten-manager", 5);
        long circleId = fixtures.propose(manager, "Full circle", 10);
        for (int i = 0; i < 8; i++) {
            fixtures.join(circleId, fixtures.regular("ten-member", 4), Role.MEMBER);
        }
        long ninth = joinRequests.requestToJoin(fixtures.regular("ten-ninth", 4).getUsername(), circleId, Role.MEMBER, null);
        long eleventh = joinRequests.requestToJoin(fixtures.regular("ten-eleventh", 4).getUsername(), circleId, Role.MEMBER, null);
        joinReviews.decideJoinRequest(fixtures.joinReview(ninth).getId(), manager.getUsername(), true, null, false);
        assertThat(memberships.approved(circleId)).hasSize(10);

        Task last = fixtures.joinReview(eleventh);
        assertThatThrownBy(() -> joinReviews.decideJoinRequest(last.getId(), manager.getUsername(), true, null, true))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("The circle is full");
        assertThat(memberships.membership(eleventh).getStatus()).isEqualTo(CircleMembership.Status.REQUESTED);
        assertThatThrownBy(() -> joinRequests.requestToJoin(fixtures.regular("ten-twelfth", 4).getUsername(), circleId, Role.MEMBER, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("full");
        joinReviews.decideJoinRequest(last.getId(), manager.getUsername(), false, "Sorry, we are full.", false);
        assertThat(memberships.membership(eleventh).getStatus()).isEqualTo(CircleMembership.Status.DECLINED);
    }

    @Test
    void aThirdAdvisorOrOneNotAboveTheMembersNeedsAnExplicitOverride() {
        Account manager = fixtures.regular("adv-manager", 5);
        long circleId = fixtures.propose(manager, "Advised circle", 8);
        fixtures.join(circleId, fixtures.regular("adv-one", 7), Role.ADVISOR);
        long second = joinRequests.requestToJoin(fixtures.regular("adv-two", 7).getUsername(), circleId, Role.ADVISOR, null);
        assertThat(joinReviews.warningsFor(second)).isEmpty();
        joinReviews.decideJoinRequest(fixtures.joinReview(second).getId(), manager.getUsername(), true, null, false);

        long third = joinRequests.requestToJoin(fixtures.regular("adv-three", 8).getUsername(), circleId, Role.ADVISOR, null);
        assertThat(joinReviews.warningsFor(third)).singleElement().asString().contains("advisor number 3");
        Task review = fixtures.joinReview(third);
        assertThatThrownBy(() -> joinReviews.decideJoinRequest(review.getId(), manager.getUsername(), true, null, false))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("Approve anyway");
        assertThat(memberships.membership(third).getStatus()).isEqualTo(CircleMembership.Status.REQUESTED);
        joinReviews.decideJoinRequest(review.getId(), manager.getUsername(), true, null, true);
        assertThat(memberships.membership(third).getStatus()).isEqualTo(CircleMembership.Status.APPROVED);
        assertThat(memberships.membership(third).getOverrideReason()).contains("advisor number 3");
        assertThat(jdbc.queryForList("select details from mentorflow.audit_entry where action = 'circle-rule-overridden' "
                + "and details like ?", String.class, "circle " + circleId + ":%")).hasSize(1);

        // An advisor at the members' level, and a member above an advisor, are warned about too.
        Account low = fixtures.regular("adv-low", 5);
        long lowRequest = joinRequests.requestToJoin(low.getUsername(), circleId, Role.ADVISOR, null);
        assertThat(joinReviews.warningsFor(lowRequest)).anyMatch(w -> w.contains("(L5) is not above every member"));
        long senior = joinRequests.requestToJoin(fixtures.regular("adv-senior-member", 7).getUsername(), circleId, Role.MEMBER, null);
        assertThat(joinReviews.warningsFor(senior)).anyMatch(w -> w.contains("would not be above"));
    }

    @Test
    void contractorsAndPeopleOutsideTheDirectoryAreRefusedAndNothingIsKept() {
        Account manager = fixtures.regular("elig-manager", 5);
        long circleId = fixtures.propose(manager, "Regulars only", 6);
        Account contractor = fixtures.employee("elig-contractor", 4, "CONTRACTOR");
        assertThatThrownBy(() -> joinRequests.requestToJoin(contractor.getUsername(), circleId, Role.MEMBER, "Please"))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("regular (full-time) employees only");
        Account unknown = fixtures.withProfile(TestPeople.participant(accounts, "elig-unknown"));
        assertThatThrownBy(() -> joinRequests.requestToJoin(unknown.getUsername(), circleId, Role.MEMBER, null))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("not in the employee directory");
        assertThatThrownBy(() -> circles.propose(contractor.getUsername(), TestCircles.proposal("Mine", 5, Role.MEMBER)))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("regular (full-time) employees only");
        assertThat(count("select count(*) from mentorflow.circle_membership where circle_id = ?", circleId)).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(circleId))
                .taskDefinitionKey(TASK_REVIEW_JOIN_REQUEST).count()).isZero();
    }

    @Test
    void badProposalsAreRefusedFieldByField() {
        Account proposer = fixtures.regular("bad-proposal", 5);
        CircleProposal bad = new CircleProposal(" x ", Set.of(), "too short", 999, "xx", "Mars/Olympus", null, 11, null);
        assertThatThrownBy(() -> circles.propose(proposer.getUsername(), bad))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.problems()).containsOnlyKeys(
                        "name", "topics", "description", "affinityNetwork", "language", "timeZone", "meetingMode", "maxSize",
                        "proposerRole"));
        assertThat(count("select count(*) from mentorflow.circle where manager_account_id = ?", proposer.getId())).isZero();
    }

    @Test
    @WithMockUser(username = "circle-pm", roles = "PROGRAM_MANAGER")
    void theManagerOrAProgramManagerCancelsAndEveryOpenTaskEnds() {
        Group group = recruited("cancel");
        publish(group);
        assertThat(open(group, TASK_MEETING)).hasSize(1);
        assertThatThrownBy(() -> management.cancel(group.manager().getUsername(), group.circleId(), "no"))
                .isInstanceOf(RejectedInputException.class);

        management.cancel("circle-pm", group.circleId(), "The sponsor network closed down.");
        Circle circle = circles.circle(group.circleId());
        assertThat(circle.getStatus()).isEqualTo(CircleStatus.CANCELLED);
        assertThat(circle.getEndReason()).contains("The sponsor network closed down.");
        BpmnAwareTests.assertThat(group.process()).isEnded().hasPassed(END_CANCELLED);
        assertThat(mail(group.memberB())).contains(circle.getName() + " was cancelled");
        assertThatThrownBy(() -> management.cancel("circle-pm", group.circleId(), "Again, please"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void whenTheManagerLeavesAnAdvisorTakesOverThenTheLongestStandingMember() {
        Group group = recruited("leave");
        Task publish = single(group, TASK_PUBLISH);
        assertThat(publish.getAssignee()).isEqualTo(group.manager().getUsername());

        assertThatThrownBy(() -> management.cancel(group.memberA().getUsername(), group.circleId(), "I want it gone"))
                .isInstanceOf(NotPermittedException.class);
        memberships.leave(group.manager().getUsername(), group.circleId());
        assertThat(circles.circle(group.circleId()).getManagerAccountId()).isEqualTo(group.advisor().getId());
        assertThat(single(group, TASK_PUBLISH).getAssignee()).isEqualTo(group.advisor().getUsername());
        assertThat(mail(group.advisor())).contains("You now manage " + circles.circle(group.circleId()).getName());

        memberships.leave(group.advisor().getUsername(), group.circleId());
        assertThat(circles.circle(group.circleId()).getManagerAccountId()).isEqualTo(group.memberA().getId());
        assertThat(single(group, TASK_PUBLISH).getAssignee()).isEqualTo(group.memberA().getUsername());
        assertThatThrownBy(() -> memberships.leave(group.advisor().getUsername(), group.circleId()))
                .isInstanceOf(ConflictException.class);

        memberships.leave(group.memberB().getUsername(), group.circleId());
        memberships.leave(group.memberA().getUsername(), group.circleId());
        assertThat(circles.circle(group.circleId()).getStatus()).isEqualTo(CircleStatus.CANCELLED);
        BpmnAwareTests.assertThat(group.process()).isEnded();
    }

    @Test
    void aProgramManagerMayApproveAThirdTermWhichNumbersMeetingsOnFromThirteen() {
        Group group = recruited("third");
        publish(group);
        fireDueTimers(group, Duration.parse(calendar.months(6)).plusMinutes(1));
        renewals.decideRenewal(single(group, TASK_RENEWAL_DECISION).getId(), group.manager().getUsername(), true);
        assertThat(open(group, TASK_APPROVE_EXTENSION)).as("the first renewal needs no approval").isEmpty();
        fireDueTimers(group, Duration.parse(calendar.months(12)).plusMinutes(2));
        renewals.decideRenewal(single(group, TASK_RENEWAL_DECISION).getId(), group.manager().getUsername(), true);

        renewals.decideExtension(single(group, TASK_APPROVE_EXTENSION).getId(), "priya", true, null);
        Circle circle = circles.circle(group.circleId());
        assertThat(circle.getStatus()).isEqualTo(CircleStatus.EXTENDED);
        assertThat(circle.getTerm()).isEqualTo(3);
        Task meeting = single(group, TASK_MEETING);
        assertThat(CircleVariables.MEETING.from(taskService, meeting.getId())).isEqualTo(13);
        assertThat(inbox.find(group.manager().getUsername(), meeting.getId()).orElseThrow().name())
                .isEqualTo("Plan and log circle meeting 13");
        assertThat(jdbc.queryForList("select details from mentorflow.audit_entry where action = 'circle-extension-decided' "
                + "and details like ?", String.class, "circle " + group.circleId() + ":%")).containsExactly(
                "circle " + group.circleId() + ": approved");
    }

    @Test
    void erasingTheManagersAccountHandsTheCircleOver() {
        Group group = recruited("erase");
        erasure.erase(group.manager().getUsername());

        assertThat(circles.circle(group.circleId()).getManagerAccountId()).isEqualTo(group.advisor().getId());
        assertThat(single(group, TASK_PUBLISH).getAssignee()).isEqualTo(group.advisor().getUsername());
        assertThat(count("select count(*) from mentorflow.circle_membership where account_id = ? and status = 'APPROVED'",
                group.manager().getId())).isZero();
        BpmnAwareTests.assertThat(group.process()).isActive();
    }

    @Test
    void theTermLastsSixMonthsEvenWhenTheSixthMeetingIsHeldEarlyAndThePageSaysSo() {
        Group group = recruited("early");
        publish(group);
        for (int month = 0; month < 6; month++) {
            fireDueTimers(group, months(month).plusMinutes(1));
            holdMeeting(group, single(group, TASK_MEETING));
        }
        Times reader = new Times(java.time.ZoneId.of("Europe/Berlin"), java.util.Locale.UK);
        String termEnd = reader.date(clocks.start().plus(months(6)));
        assertThat(termText(group, reader)).isEqualTo("Term 1: no more meetings planned this term; renewal decision on " + termEnd);
        assertThat(open(group, TASK_RENEWAL_DECISION)).isEmpty();

        fireDueTimers(group, months(6).minusMinutes(1));
        assertThat(circles.circle(group.circleId()).getStatus()).isEqualTo(CircleStatus.ACTIVE);
        assertThat(open(group, TASK_RENEWAL_DECISION)).isEmpty();
        fireDueTimers(group, months(6).plusMinutes(1));
        BpmnAwareTests.assertThat(group.process()).hasPassed(TIMER_TERM_OVER).isWaitingAt(TASK_RENEWAL_DECISION);
        assertThat(termText(group, reader)).isEqualTo("Term 1 ended on " + termEnd + ": the renewal decision is open.");

        // Nobody decides in the first term: the circle waits, as continuing needs no one else.
        fireDueTimers(group, months(6).plus(Duration.parse(calendar.days(CirclePlan.DECISION_GRACE_DAYS))).plusMinutes(2));
        assertThat(circles.circle(group.circleId()).getStatus()).isEqualTo(CircleStatus.RENEWAL_PENDING);
        single(group, TASK_RENEWAL_DECISION);
    }

    @Test
    void whenNobodyDecidesAfterTwelveMonthsTheCircleDisbandsAfterTheGracePeriod() {
        Group group = recruited("grace");
        publish(group);
        fireDueTimers(group, months(6).plusMinutes(1));
        renewals.decideRenewal(single(group, TASK_RENEWAL_DECISION).getId(), group.manager().getUsername(), true);
        fireDueTimers(group, months(12).plusMinutes(1));
        assertThat(circles.circle(group.circleId()).getStatus()).isEqualTo(CircleStatus.RENEWAL_PENDING);
        Times reader = new Times(java.time.ZoneId.of("America/New_York"), java.util.Locale.US);
        assertThat(termText(group, reader)).endsWith("if nobody decides by "
                + reader.date(clocks.start().plus(months(12)).plus(Duration.parse(calendar.days(14)))) + " (14 days), the circle disbands.");

        Duration grace = Duration.parse(calendar.days(CirclePlan.DECISION_GRACE_DAYS));
        fireDueTimers(group, months(12).plus(grace).minusMinutes(5));
        assertThat(circles.circle(group.circleId()).getStatus()).isEqualTo(CircleStatus.RENEWAL_PENDING);
        fireDueTimers(group, months(12).plus(grace).plusMinutes(2));
        Circle circle = circles.circle(group.circleId());
        assertThat(circle.getStatus()).isEqualTo(CircleStatus.DISBANDED);
        BpmnAwareTests.assertThat(group.process()).hasPassed(TIMER_DECISION_GRACE, END_NO_DECISION).isWaitingAt(TASK_FEEDBACK);
        assertThat(open(group, TASK_RENEWAL_DECISION)).isEmpty();
        assertThat(open(group, TASK_APPROVE_EXTENSION)).isEmpty();
        assertThat(open(group, TASK_FEEDBACK)).hasSize(4);
        assertThat(mail(group.memberA())).contains(circle.getName() + " has disbanded");
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** A manager (member, L5), two members (L4, L5) and an advisor (L7), all approved; not yet published. */
    private Group recruited(String prefix) {
        Account manager = fixtures.regular(prefix + "-manager", 5);
        long circleId = fixtures.propose(manager, "Circle " + prefix + " " + System.nanoTime() % 100000, 8);
        Account memberA = fixtures.regular(prefix + "-a", 4);
        Account memberB = fixtures.regular(prefix + "-b", 5);
        Account advisor = fixtures.regular(prefix + "-advisor", 7);
        long a = joinRequests.requestToJoin(memberA.getUsername(), circleId, Role.MEMBER, "Keen to learn from peers.");
        assertThat(memberships.membership(a).getStatus()).isEqualTo(CircleMembership.Status.REQUESTED);
        Task review = fixtures.joinReview(a);
        assertThat(review.getAssignee()).isEqualTo(manager.getUsername());
        assertThatThrownBy(() -> joinReviews.decideJoinRequest(review.getId(), memberA.getUsername(), true, null, false))
                .isInstanceOf(NotPermittedException.class);
        joinReviews.decideJoinRequest(review.getId(), manager.getUsername(), true, null, false);
        assertThat(memberships.membership(a).getStatus()).isEqualTo(CircleMembership.Status.APPROVED);
        assertThatThrownBy(() -> joinRequests.requestToJoin(memberA.getUsername(), circleId, Role.MEMBER, null))
                .isInstanceOf(ConflictException.class);
        fixtures.join(circleId, memberB, Role.MEMBER);
        fixtures.join(circleId, advisor, Role.ADVISOR);
        return group(circleId, manager, memberA, memberB, advisor);
    }

    private Group group(long circleId, Account manager, Account... others) {
        ProcessInstance process = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(circleId)).singleResult();
        return new Group(circleId, manager, others.length > 0 ? others[0] : null, others.length > 1 ? others[1] : null,
                others.length > 2 ? others[2] : null, process);
    }

    private void publish(Group group) {
        circles.publish(single(group, TASK_PUBLISH).getId(), group.manager().getUsername());
    }

    /** Plans the meeting the way its default kind suggests, then records it; answers its number. */
    private int holdMeeting(Group group, Task task) {
        int number = CircleVariables.MEETING.from(taskService, task.getId());
        CircleMeetingKind kind = CirclePlan.defaultKind(number);
        String manager = task.getAssignee();
        Instant at = clocks.now().plus(Duration.ofDays(2));
        long topic = educationTopics.active().get(0).id();
        assertThatThrownBy(() -> circleMeetings.recordMeeting(task.getId(), manager, Set.of(), "Planned nothing yet."))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("Plan the meeting first");
        circleMeetings.planMeeting(task.getId(), manager, kind, kind == CircleMeetingKind.EDUCATION ? topic : null,
                kind == CircleMeetingKind.EXPERIENCE ? "A hard conversation" : null,
                java.time.LocalDateTime.ofInstant(at, timeZones.zoneOf(manager)), 60, "https://meet.example.com/circle");
        circleMeetings.recordMeeting(task.getId(), manager, Set.of(group.manager().getId(), group.memberA().getId()),
                "We practised feedback in pairs.");
        return number;
    }

    private Duration months(int count) {
        return Duration.parse(calendar.months(count));
    }

    private String termText(Group group, Times reader) {
        return CircleTermText.of(directory.summary(group.circleId()), directory.meetings(group.circleId(), true), plan, reader);
    }

    private void fireDueTimers(Group group, Duration sinceStart) {
        clocks.moveTo(sinceStart);
        DueJobs.fire(managementService, group.process().getId());
    }

    private List<Task> open(Group group, String definitionKey) {
        return taskService.createTaskQuery().processInstanceId(group.process().getId()).taskDefinitionKey(definitionKey)
                .orderByTaskCreateTime().asc().list();
    }

    private Task single(Group group, String definitionKey) {
        List<Task> tasks = open(group, definitionKey);
        assertThat(tasks).as("open " + definitionKey).hasSize(1);
        return tasks.get(0);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private List<String> mail(Account account) {
        return jdbc.queryForList("select subject from mentorflow.outbox_message where recipient = ? order by id", String.class,
                account.getEmail());
    }
}
