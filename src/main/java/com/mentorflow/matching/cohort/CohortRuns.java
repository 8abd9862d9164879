package com.mentorflow.matching.cohort;

import com.mentorflow.matching.MatchReason;
import com.mentorflow.people.Program;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whole-cohort matching as a program manager runs it: compute a run, review and edit its pairs, re-run around the
 * locked ones, then hand it to cohort-matching.bpmn ({@link CohortProcess}). The one path for the page and the tests;
 * every method checks that the caller is a program manager or an admin, every edit that the run is still in review.
 */
@Service
public class CohortRuns {

    public static final int MAX_RECENT = 100;

    private final CohortManagers managers;
    private final CohortLoader loader;
    private final CohortRunRecords records;
    private final CohortRunViews views;
    private final CohortProcess process;
    private final TransactionTemplate transaction;

    CohortRuns(CohortManagers managers, CohortLoader loader, CohortRunRecords records, CohortRunViews views,
               CohortProcess process, PlatformTransactionManager transactions) {
        this.managers = managers;
        this.loader = loader;
        this.records = records;
        this.views = views;
        this.process = process;
        this.transaction = new TransactionTemplate(transactions);
    }

    public CohortOptions options(String manager, Program program) {
        managers.require(manager);
        requireOneToOne(program);
        return loader.options(program);
    }

    /**
     * Loads the cohort and mentors, matches them outside any transaction (seconds for 10,000 mentees), then saves the
     * run and starts its process in one transaction.
     *
     * @param progress told the fraction done, 0 to 1, from the calling thread
     * @return the run's id
     */
    public long compute(String manager, CohortChoice choice, DoubleConsumer progress) {
        managers.require(manager);
        requireOneToOne(choice == null ? null : choice.program());
        CohortRequest request = loader.firstRun(choice);
        CohortAssignment assignment = CohortMatching.assign(request, progress);
        return transaction.execute(status -> {
            long runId = records.save(choice, manager, loader.now(), request.mentees().size(), request.mentors().size(),
                    assignment);
            process.start(runId, manager);
            return runId;
        });
    }

    /** @throws com.mentorflow.platform.NotFoundException no such run */
    public CohortRunView get(String viewer, long runId) {
        managers.require(viewer);
        return views.of(runId);
    }

    /** Two counts and the status, for a page following a run while it is published. */
    public PublishingProgress progress(String viewer, long runId) {
        managers.require(viewer);
        return records.progress(runId);
    }

    /** Newest first. */
    public List<CohortRunSummary> recent(String viewer, int limit) {
        managers.require(viewer);
        new RejectedInputException.Collector().check(limit >= 1 && limit <= MAX_RECENT, "limit",
                Sentence.of("matching.cohortRefusal.recentLimit", MAX_RECENT)).throwIfAny();
        return records.recent(limit);
    }

    public void lock(String manager, long runId, long menteeAccountId, boolean locked) {
        managers.require(manager);
        transaction.executeWithoutResult(status -> {
            records.editable(runId);
            records.pairOf(runId, menteeAccountId).lock(locked);
        });
    }

    /** The pair goes, and a re-run never proposes it again; the mentee is unmatched until then. */
    public void remove(String manager, long runId, long menteeAccountId) {
        managers.require(manager);
        transaction.executeWithoutResult(status -> {
            records.editable(runId);
            records.remove(records.pairOf(runId, menteeAccountId), runId);
        });
    }

    /**
     * The two mentees exchange mentors; both pairs are then locked, as the manager chose them.
     *
     * @throws ConflictException when either new pair fails a must-filter of the program (the sentence says which)
     */
    public void swap(String manager, long runId, long menteeA, long menteeB) {
        managers.require(manager);
        if (menteeA == menteeB) {
            throw new ConflictException(Sentence.of("matching.cohortRefusal.swapTwo"));
        }
        transaction.executeWithoutResult(status -> {
            Program program = records.editable(runId).program();
            CohortRunPair a = records.pairOf(runId, menteeA);
            CohortRunPair b = records.pairOf(runId, menteeB);
            CohortPair aWithB = SwapCheck.allowed(loader.weigh(program, menteeA, b.mentorAccountId()));
            CohortPair bWithA = SwapCheck.allowed(loader.weigh(program, menteeB, a.mentorAccountId()));
            a.mentor(aWithB.mentorAccountId(), aWithB.score(), MatchReason.stored(aWithB.reasons()));
            b.mentor(bWithA.mentorAccountId(), bWithA.score(), MatchReason.stored(bWithA.reasons()));
            records.retotal(runId);
        });
    }

    /** A new assignment of the run's mentees around its locked pairs and without its removed ones. */
    public void rerun(String manager, long runId, DoubleConsumer progress) {
        managers.require(manager);
        CohortRun run = records.editable(runId);
        List<CohortRunPair> pairs = records.pairs(runId);
        List<LockedPair> locked = pairs.stream().filter(pair -> pair.locked() && !pair.removed())
                .map(pair -> new LockedPair(pair.menteeAccountId(), pair.mentorAccountId())).toList();
        Set<RemovedPair> removed = pairs.stream().filter(CohortRunPair::removed)
                .map(pair -> new RemovedPair(pair.menteeAccountId(), pair.mentorAccountId())).collect(Collectors.toSet());
        Set<Long> mentees = pairs.stream().filter(pair -> !pair.removed()).map(CohortRunPair::menteeAccountId)
                .collect(Collectors.toSet());
        records.unmatched(runId).forEach(mentee -> mentees.add(mentee.menteeAccountId()));
        CohortAssignment assignment = CohortMatching.assign(loader.rerun(run.choice(), mentees, locked, removed), progress);
        transaction.executeWithoutResult(status -> records.replace(runId, assignment));
    }

    /** Completes "Review pairs": publishing starts, or with a second approval waits in "Approve cohort". */
    public void submit(String manager, long runId, boolean secondApproval) {
        managers.require(manager);
        transaction.executeWithoutResult(status -> {
            records.editable(runId);
            records.submitted(runId, secondApproval);
            process.submit(runId, manager, secondApproval);
        });
    }

    /**
     * A second program manager approves (publishing starts) or sends the run back to review, with a note. The process
     * refuses the manager who submitted the run and a run that is not waiting for approval.
     */
    public void approve(String approver, long runId, boolean approved, String note) {
        managers.require(approver);
        transaction.executeWithoutResult(status -> {
            records.approved(runId, approver, note);
            process.approve(runId, approver, approved, note);
        });
    }

    public void discard(String manager, long runId) {
        managers.require(manager);
        transaction.executeWithoutResult(status -> {
            records.editable(runId);
            process.discard(runId, manager);
        });
    }

    private static void requireOneToOne(Program program) {
        new RejectedInputException.Collector().check(program != null && program.isOneToOne(), "program",
                Sentence.of("matching.cohortRefusal.oneToOne")).throwIfAny();
    }
}
