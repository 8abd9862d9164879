package com.mentorflow.matching.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.MentorflowTest;
import com.mentorflow.matching.cohort.CohortPeople.At;
import com.mentorflow.people.Account;
import com.mentorflow.people.Program;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.Languages;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a program manager does to a run under review: lock, remove, swap, re-run; and nothing once it is submitted. */
@MentorflowTest
class CohortRunEditsTest {

    @Autowired
    CohortRuns runs;
    @Autowired
    CohortPeople people;

    /** Two mentees, each best with the mentor who helps with the topic they grow in: Ana with Mo, Ben with Pat. */
    record Two(String manager, long runId, Account ana, Account ben, Account mo, Account pat) {
    }

    Two twoPairs(Program program, At menteesAt, At mentorsAt) {
        Account manager = people.manager();
        Account ana = people.mentee("Ana Topic-One", program, menteesAt, 1);
        Account ben = people.mentee("Ben Topic-Two", program, menteesAt, 2);
        Account mo = people.mentor("Mo Helps-One", program, mentorsAt, 1, 1);
        Account pat = people.mentor("Pat Helps-Two", program, mentorsAt, 2, 1);
        long runId = runs.compute(manager.getUsername(), CohortRunsTest.choice(program, menteesAt.line()), p -> { });
        Two two = new Two(manager.getUsername(), runId, ana, ben, mo, pat);
        assertThat(mentorOf(two, ana)).as("the best assignment").isEqualTo(mo.getId());
        assertThat(mentorOf(two, ben)).isEqualTo(pat.getId());
        return two;
    }

    Two twoPairs() {
        At at = At.in(CohortPeople.newLine());
        return twoPairs(Program.OPEN, at, at);
    }

    @Test
    void aSwapExchangesTheMentorsAndLocksBothPairs() {
        Two two = twoPairs();

        runs.swap(two.manager(), two.runId(), two.ana().getId(), two.ben().getId());

        CohortRunView run = runs.get(two.manager(), two.runId());
        assertThat(mentorOf(two, two.ana())).isEqualTo(two.pat().getId());
        assertThat(mentorOf(two, two.ben())).isEqualTo(two.mo().getId());
        assertThat(run.pairs()).allMatch(CohortRunView.ReviewPair::locked);
        assertThat(run.totalScore()).isEqualTo(run.pairs().stream().mapToDouble(CohortRunView.ReviewPair::score).sum());
    }

    @Test
    void aReRunKeepsTheLockedPairThoughAnotherScoresMore() {
        Two two = twoPairs();
        runs.swap(two.manager(), two.runId(), two.ana().getId(), two.ben().getId());
        runs.lock(two.manager(), two.runId(), two.ben().getId(), false);

        runs.rerun(two.manager(), two.runId(), p -> { });

        assertThat(mentorOf(two, two.ana())).isEqualTo(two.pat().getId());
        assertThat(pair(two, two.ana()).locked()).isTrue();
        assertThat(mentorOf(two, two.ben())).as("the one place left").isEqualTo(two.mo().getId());
        assertThat(pair(two, two.ben()).locked()).isFalse();
    }

    @Test
    void aRemovedPairLeavesTheMenteeUnmatchedAndIsNotProposedAgain() {
        Two two = twoPairs();

        runs.remove(two.manager(), two.runId(), two.ana().getId());

        CohortRunView removed = runs.get(two.manager(), two.runId());
        assertThat(removed.pairs()).extracting(CohortRunView.ReviewPair::menteeAccountId).containsExactly(two.ben().getId());
        assertThat(removed.unmatched()).extracting(CohortRunView.UnmatchedMentee::reason)
                .containsExactly(Unmatched.Reason.PAIR_REMOVED);
        runs.lock(two.manager(), two.runId(), two.ben().getId(), true);

        runs.rerun(two.manager(), two.runId(), p -> { });

        CohortRunView rerun = runs.get(two.manager(), two.runId());
        assertThat(rerun.pairs()).noneMatch(pair -> pair.menteeAccountId() == two.ana().getId()
                && pair.mentorAccountId() == two.mo().getId());
        // Ben keeps Pat (locked), the only other mentor: nobody is left for Ana.
        assertThat(rerun.unmatched()).extracting(CohortRunView.UnmatchedMentee::menteeAccountId)
                .containsExactly(two.ana().getId());
    }

    @Test
    void aSwapThatBreaksAMustFilterIsRefusedInTheManagersWords() {
        String line = CohortPeople.newLine();
        // New hires in Austin, mentors in Seattle; then Ben moves to Seattle, where Pat works.
        Two two = twoPairs(Program.NEW_HIRE, At.in(line).site("Austin"), At.in(line).site("Seattle").level(6));
        people.moveTo(two.ben(), "Seattle");

        assertThatThrownBy(() -> runs.swap(two.manager(), two.runId(), two.ana().getId(), two.ben().getId()))
                .isInstanceOfSatisfying(ConflictException.class, refusal -> {
                    assertThat(refusal.getMessage()).isEqualTo("Mo Helps-One cannot be Ben Topic-Two's mentor: "
                            + "the new-hire program pairs people from different sites.");
                    assertThat(refusal.message(Locale.GERMAN)).startsWith("Mo Helps-One kann nicht Mentor von Ben");
                    assertThat(refusal.message(Languages.ENGLISH)).isEqualTo(refusal.getMessage());
                });
        assertThat(mentorOf(two, two.ana())).as("nothing changed").isEqualTo(two.mo().getId());
    }

    @Test
    void aRunSubmittedForApprovalCanNoLongerBeEdited() {
        Two two = twoPairs();

        runs.submit(two.manager(), two.runId(), true);

        assertThat(runs.get(two.manager(), two.runId()).status()).isEqualTo(CohortRunStatus.AWAITING_APPROVAL);
        long ana = two.ana().getId();
        long ben = two.ben().getId();
        assertThatThrownBy(() -> runs.lock(two.manager(), two.runId(), ana, true)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> runs.remove(two.manager(), two.runId(), ana)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> runs.swap(two.manager(), two.runId(), ana, ben)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> runs.rerun(two.manager(), two.runId(), p -> { }))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("waiting for a second program manager's approval");
    }

    private CohortRunView.ReviewPair pair(Two two, Account mentee) {
        return runs.get(two.manager(), two.runId()).pairs().stream()
                .filter(pair -> pair.menteeAccountId() == mentee.getId()).findFirst().orElseThrow();
    }

    private long mentorOf(Two two, Account mentee) {
        return pair(two, mentee).mentorAccountId();
    }
}
