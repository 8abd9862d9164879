package com.mentorflow.matching.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.matching.MatchRequest;
import com.mentorflow.matching.MatchRequestAnswers;
import com.mentorflow.matching.MatchRequestProcess;
import com.mentorflow.matching.MatchRequests;
import com.mentorflow.matching.Mentorship;
import com.mentorflow.matching.Mentorships;
import com.mentorflow.matching.cohort.CohortPeople.At;
import com.mentorflow.matching.cohort.CohortRunView.ReviewPair;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.PreferredLanguages;
import com.mentorflow.people.Program;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What publishing a cohort makes of its pairs, by program, and who is told: each once, in the outbox. */
@MentorflowTest
class CohortPublishingTest {

    @Autowired CohortRuns runs;
    @Autowired CohortRunRecords records;
    @Autowired CohortPeople people;
    @Autowired CohortJobs jobs;
    @Autowired Mentorships mentorships;
    @Autowired MatchRequests requests;
    @Autowired MatchRequestAnswers answers;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountService accounts;
    @Autowired PreferredLanguages languages;

    @Test
    void theNewHireProgramStartsEachMentorshipAtOnceWithItsJourney() {
        Cohort cohort = cohort(Program.NEW_HIRE);

        publish(cohort);

        for (ReviewPair pair : pairs(cohort)) {
            assertThat(pair.state()).isEqualTo(CohortPairState.MENTORSHIP_STARTED);
            Mentorships.Pair mentorship = mentorships.involving(pair.menteeAccountId()).stream().collect(onlyOne());
            assertThat(mentorship.status()).isEqualTo(Mentorship.Status.ACTIVE);
            assertThat(mentorship.mentorAccountId()).isEqualTo(pair.mentorAccountId());
            assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("mentee-journey")
                    .processInstanceBusinessKey(Long.toString(mentorship.mentorshipId())).count()).isEqualTo(1);
            assertThat(mailTo(pair.menteeAccountId())).containsOnlyOnce(pair.mentorName() + " is your mentor");
            assertThat(mailTo(pair.mentorAccountId())).containsOnlyOnce("You are now " + pair.menteeName() + "'s mentor");
        }
        assertThat(mailTo(cohort.manager().getId())).containsOnlyOnce("Your cohort is published");
    }

    @Test
    void eachPersonIsToldInTheirOwnLanguage() {
        Cohort cohort = cohort(Program.NEW_HIRE);
        ReviewPair pair = pairs(cohort).get(0);
        languages.choose(accounts.findById(pair.menteeAccountId()).orElseThrow().getUsername(), Optional.of(Locale.GERMAN));
        languages.choose(accounts.findById(pair.mentorAccountId()).orElseThrow().getUsername(), Optional.of(new Locale("es")));

        publish(cohort);

        assertThat(mailTo(pair.menteeAccountId())).containsOnlyOnce(pair.mentorName() + " ist Ihr Mentor")
                .doesNotContain(pair.mentorName() + " is your mentor");
        assertThat(mailTo(pair.mentorAccountId())).containsOnlyOnce("Ahora eres mentor de " + pair.menteeName())
                .doesNotContain("You are now " + pair.menteeName() + "'s mentor");
    }

    @Test
    void openMentoringAsksEachMentorWithTheUsualRemindersAndExpiry() {
        Cohort cohort = cohort(Program.OPEN);

        publish(cohort);

        for (ReviewPair pair : pairs(cohort)) {
            assertThat(pair.state()).isEqualTo(CohortPairState.REQUESTED);
            long requestId = records.pairs(cohort.runId()).stream().filter(p -> p.menteeAccountId() == pair.menteeAccountId())
                    .findFirst().orElseThrow().matchRequestId();
            MatchRequest request = requests.get(requestId);
            assertThat(request.getStatus()).isEqualTo(MatchRequest.Status.PENDING);
            assertThat(request.getMentorAccountId()).isEqualTo(pair.mentorAccountId());
            ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(MatchRequestProcess.PROCESS_KEY)
                    .processInstanceBusinessKey(Long.toString(requestId)).singleResult();
            assertThat(runtime.getActiveActivityIds(instance.getId())).containsExactly(MatchRequestProcess.TASK_REVIEW);
            for (String timer : List.of(MatchRequestProcess.TIMER_REMINDER, MatchRequestProcess.TIMER_EXPIRY)) {
                assertThat(management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(timer)
                        .count()).as(timer).isEqualTo(1);
            }
            assertThat(mailTo(pair.mentorAccountId())).containsOnlyOnce("Would you mentor " + pair.menteeName() + "?")
                    .noneMatch(subject -> subject.contains("would like you as their mentor"));
            assertThat(mailTo(pair.menteeAccountId())).containsOnlyOnce("We asked " + pair.mentorName() + " to be your mentor");
        }
        assertThat(mailTo(cohort.manager().getId())).containsOnlyOnce("Your cohort is published");
    }

    @Test
    void aCohortsPairGoesStraightToTheMentorEvenWhereAMenteesOwnRequestWouldNeedApproval() {
        // Open mentoring lets a cohort pair a mentee with a mentor below their level; a mentee's own request to such a
        // mentor waits for a program manager (match-approval.dmn), but the cohort's manager reviewed the pair already.
        Cohort cohort = cohort(Program.OPEN, 8);

        publish(cohort);

        for (CohortRunPair pair : records.pairs(cohort.runId())) {
            ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(MatchRequestProcess.PROCESS_KEY)
                    .processInstanceBusinessKey(Long.toString(pair.matchRequestId())).singleResult();
            assertThat(runtime.getActiveActivityIds(instance.getId())).containsExactly(MatchRequestProcess.TASK_REVIEW);
            assertThat(runtime.getVariable(instance.getId(), "approvalReason")).isEqualTo("");
        }
    }

    @Test
    void aMenteeMatchedMeanwhileIsSkippedWithTheReasonAndTheOthersArePublished() {
        Cohort cohort = cohort(Program.OPEN);
        ReviewPair taken = pairs(cohort).get(0);
        Account elsewhere = people.mentor("Xi Elsewhere", Program.OPEN, At.in(CohortPeople.newLine()).level(6), 1, 1);
        String mentee = accounts.findById(taken.menteeAccountId()).orElseThrow().getUsername();
        requests.send(mentee, elsewhere.getId(), Program.OPEN, "I met Xi at the onboarding day and would like their help.");
        String review = tasks.createTaskQuery().taskAssignee(elsewhere.getUsername()).singleResult().getId();
        answers.review(review, elsewhere.getUsername(), true, null, null);
        assertThat(runs.progress(cohort.manager().getUsername(), cohort.runId()))
                .isEqualTo(new PublishingProgress(CohortRunStatus.IN_REVIEW, 0, 2));

        publish(cohort);

        // The review page's counts while following: the skipped pair is not counted as published.
        assertThat(runs.progress(cohort.manager().getUsername(), cohort.runId()))
                .isEqualTo(new PublishingProgress(CohortRunStatus.PUBLISHED, 1, 2));

        CohortRunPair skipped = records.pairs(cohort.runId()).stream()
                .filter(p -> p.menteeAccountId() == taken.menteeAccountId()).findFirst().orElseThrow();
        assertThat(skipped.state()).isEqualTo(CohortPairState.PROPOSED);
        assertThat(skipped.skippedReason()).contains("already has a mentor");
        assertThat(skipped.matchRequestId()).isNull();
        assertThat(pairs(cohort)).filteredOn(p -> p.menteeAccountId() != taken.menteeAccountId())
                .extracting(ReviewPair::state).containsOnly(CohortPairState.REQUESTED);
        assertThat(jdbc.queryForList("select body from mentorflow.outbox_message where recipient = ? and subject = ?",
                String.class, cohort.manager().getEmail(), "Your cohort is published"))
                .singleElement().asString().contains("one pair published, one skipped");
    }

    record Cohort(long runId, Account manager) {
    }

    /** Two mentees and two mentors in a business line of the test's own, matched: two pairs to publish. */
    private Cohort cohort(Program program) {
        return cohort(program, 4);
    }

    /** @param menteeLevel the mentees' level (the mentors are at level 6) */
    private Cohort cohort(Program program, int menteeLevel) {
        String line = CohortPeople.newLine();
        Account manager = people.manager();
        // The new-hire program pairs people from different sites, the mentor at least one level above.
        people.mentor("Mo Mentor", program, At.in(line).site("Seattle").level(6), 1, 1);
        people.mentor("Nia Mentor", program, At.in(line).site("Seattle").level(6), 2, 1);
        people.mentee("Ana Mentee", program, At.in(line).level(menteeLevel), 1);
        people.mentee("Ben Mentee", program, At.in(line).level(menteeLevel), 2);
        long runId = runs.compute(manager.getUsername(), CohortRunsTest.choice(program, line), progress -> { });
        assertThat(runs.get(manager.getUsername(), runId).pairs()).hasSize(2);
        return new Cohort(runId, manager);
    }

    private void publish(Cohort cohort) {
        runs.submit(cohort.manager().getUsername(), cohort.runId(), false);
        jobs.runAll(jobs.instance(cohort.runId()).getId());
        assertThat(runs.get(cohort.manager().getUsername(), cohort.runId()).status()).isEqualTo(CohortRunStatus.PUBLISHED);
    }

    private List<ReviewPair> pairs(Cohort cohort) {
        return runs.get(cohort.manager().getUsername(), cohort.runId()).pairs();
    }

    private List<String> mailTo(long accountId) {
        return jdbc.queryForList("select o.subject from mentorflow.outbox_message o join mentorflow.account a "
                + "on a.email = o.recipient where a.id = ? order by o.id", String.class, accountId);
    }

    private static <T> java.util.stream.Collector<T, ?, T> onlyOne() {
        return java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
            assertThat(list).hasSize(1);
            return list.get(0);
        });
    }
}
