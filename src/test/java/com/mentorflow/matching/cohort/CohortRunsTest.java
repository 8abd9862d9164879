package com.mentorflow.matching.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.matching.MatchRequestAnswers;
import com.mentorflow.matching.MatchRequests;
import com.mentorflow.matching.cohort.CohortPeople.At;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.Program;
import com.mentorflow.platform.NotPermittedException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Computing a cohort run: who is in the cohort, what the run proposes, and who may compute one. */
@MentorflowTest
class CohortRunsTest {

    @Autowired
    CohortRuns runs;
    @Autowired
    CohortPeople people;
    @Autowired
    AccountService accounts;
    @Autowired
    MatchRequests requests;
    @Autowired
    MatchRequestAnswers answers;
    @Autowired
    TaskService tasks;

    @Test
    void aRunProposesPairsWithReasonsAndSaysWhyTheOthersAreLeftUnmatched() {
        String line = CohortPeople.newLine();
        Account manager = people.manager();
        // The new-hire program pairs people from different sites, the mentor at least one level above.
        Account mentor = people.mentor("Mia Mentor", Program.NEW_HIRE, At.in(line).site("Seattle").level(6), 1, 1);
        Account first = people.mentee("Ana First", Program.NEW_HIRE, At.in(line).site("Austin"), 1);
        Account second = people.mentee("Ben Second", Program.NEW_HIRE, At.in(line).site("Austin"), 2);
        Account sameSite = people.mentee("Cy Seattle", Program.NEW_HIRE, At.in(line).site("Seattle"), 1);

        long runId = runs.compute(manager.getUsername(), choice(Program.NEW_HIRE, line), progress -> { });

        CohortRunView run = runs.get(manager.getUsername(), runId);
        assertThat(run.status()).isEqualTo(CohortRunStatus.IN_REVIEW);
        assertThat(run.computedBy()).isEqualTo(manager.getUsername());
        assertThat(run.menteeCount()).isEqualTo(3);
        assertThat(run.mentorCount()).isEqualTo(1);
        assertThat(run.pairs()).singleElement().satisfies(pair -> {
            assertThat(pair.menteeAccountId()).isEqualTo(first.getId());
            assertThat(pair.menteeName()).isEqualTo("Ana First");
            assertThat(pair.mentorName()).isEqualTo("Mia Mentor");
            assertThat(pair.mentorAccountId()).isEqualTo(mentor.getId());
            assertThat(pair.reasons()).isNotEmpty();
            assertThat(pair.state()).isEqualTo(CohortPairState.PROPOSED);
        });
        assertThat(run.unmatched()).containsExactlyInAnyOrder(
                new CohortRunView.UnmatchedMentee(second.getId(), "Ben Second", Unmatched.Reason.CAPACITY_USED_UP),
                new CohortRunView.UnmatchedMentee(sameSite.getId(), "Cy Seattle",
                        Unmatched.Reason.NO_MENTOR_PASSES_MUST_FILTERS));
        assertThat(run.totalScore()).isEqualTo(run.pairs().get(0).score());
        assertThat(runs.recent(manager.getUsername(), 5)).extracting(CohortRunSummary::runId).contains(runId);
    }

    @Test
    void theFiltersNarrowTheCohortAndTheMentorsDrawnOn() {
        String line = CohortPeople.newLine();
        Account manager = people.manager();
        Account january = people.mentee("Jan Hire", Program.OPEN, At.in(line).hired(LocalDate.of(2026, 1, 12)), 1);
        people.mentee("Feb Hire", Program.OPEN, At.in(line).hired(LocalDate.of(2026, 2, 2)), 1);
        people.mentee("Jan Elsewhere", Program.OPEN, At.in(line).hired(LocalDate.of(2026, 1, 20)).country("DE"), 1);
        Account inLisbon = people.mentor("Lisbon Mentor", Program.OPEN, At.in(line).site("Lisbon"), 1, 3);
        people.mentor("Austin Mentor", Program.OPEN, At.in(line).site("Austin"), 1, 3);
        CohortChoice choice = new CohortChoice(Program.OPEN, YearMonth.of(2026, 1), null, "US", line, "Lisbon", null, line);

        CohortRunView run = runs.get(manager.getUsername(), runs.compute(manager.getUsername(), choice, p -> { }));

        assertThat(run.menteeCount()).isEqualTo(1);
        assertThat(run.mentorCount()).isEqualTo(1);
        assertThat(run.pairs()).singleElement().satisfies(pair -> {
            assertThat(pair.menteeAccountId()).isEqualTo(january.getId());
            assertThat(pair.mentorAccountId()).isEqualTo(inLisbon.getId());
        });
        assertThat(runs.options(manager.getUsername(), Program.OPEN).businessLines()).contains(line);
    }

    @Test
    void menteesWithAnActiveMentorshipOrAnOpenRequestAreNotInANewRun() {
        String line = CohortPeople.newLine();
        Account manager = people.manager();
        // A level above: a request to a mentor at the mentee's level waits for a program manager's approval first.
        Account mentor = people.mentor("Room Mentor", Program.OPEN, At.in(line).level(6), 1, 5);
        Account waiting = people.mentee("Still Waiting", Program.OPEN, At.in(line), 1);
        Account asked = people.mentee("Has Asked", Program.OPEN, At.in(line), 1);
        Account matched = people.mentee("Is Matched", Program.OPEN, At.in(line), 1);
        requests.send(asked.getUsername(), mentor.getId(), Program.OPEN, "Hello! Could you mentor me this year, please?");
        long confirmed = requests.send(matched.getUsername(), mentor.getId(), Program.OPEN,
                "Hello! Could you mentor me this year, please?");
        answers.review(tasks.createTaskQuery().processDefinitionKey("match-request")
                .processInstanceBusinessKey(Long.toString(confirmed)).singleResult().getId(), mentor.getUsername(), true,
                null, null);

        CohortRunView run = runs.get(manager.getUsername(), runs.compute(manager.getUsername(),
                choice(Program.OPEN, line), p -> { }));

        assertThat(run.pairs()).extracting(CohortRunView.ReviewPair::menteeAccountId).containsExactly(waiting.getId());
        assertThat(run.unmatched()).isEmpty();
    }

    @Test
    void progressIsToldFromNothingToDone() {
        String line = CohortPeople.newLine();
        Account manager = people.manager();
        people.mentor("Some Mentor", Program.OPEN, At.in(line), 1, 1);
        people.mentee("Some Mentee", Program.OPEN, At.in(line), 1);
        List<Double> told = new ArrayList<>();

        runs.compute(manager.getUsername(), choice(Program.OPEN, line), told::add);

        assertThat(told).first().isEqualTo(0.0);
        assertThat(told).last().isEqualTo(1.0);
        assertThat(told).isSorted();
    }

    @Test
    void aParticipantMayNotComputeOrSeeRuns() {
        Account participant = TestPeople.participant(accounts, "cohort-participant");

        assertThatThrownBy(() -> runs.compute(participant.getUsername(), CohortChoice.of(Program.OPEN), p -> { }))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> runs.recent(participant.getUsername(), 10)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> runs.options(participant.getUsername(), Program.OPEN))
                .isInstanceOf(NotPermittedException.class);
    }

    static CohortChoice choice(Program program, String line) {
        return new CohortChoice(program, null, null, null, line, null, null, line);
    }
}
