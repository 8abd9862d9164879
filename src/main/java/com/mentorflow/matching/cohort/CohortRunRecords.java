package com.mentorflow.matching.cohort;

import com.mentorflow.matching.MatchReason;
import com.mentorflow.people.Program;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.NotFoundException;
import com.mentorflow.platform.Sentence;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The tables of cohort runs (V24__cohort_runs.sql): every write to them goes through here. */
@Component
class CohortRunRecords {

    private final CohortRunRepository runs;
    private final CohortRunPairRepository pairs;
    private final CohortRunUnmatchedRepository unmatched;

    CohortRunRecords(CohortRunRepository runs, CohortRunPairRepository pairs, CohortRunUnmatchedRepository unmatched) {
        this.runs = runs;
        this.pairs = pairs;
        this.unmatched = unmatched;
    }

    /** A new run in review with its pairs and unmatched mentees; the pairs go in JDBC batches. */
    @Transactional
    long save(CohortChoice choice, String manager, Instant at, int menteeCount, int mentorCount,
              CohortAssignment assignment) {
        CohortRun run = new CohortRun(choice, manager, at, menteeCount, mentorCount);
        run.scored(assignment.totalScore(), assignment.upperBound());
        long runId = runs.save(run).id();
        insert(runId, assignment, true);
        return runId;
    }

    /** A re-run: the new assignment replaces the unlocked pairs and the unmatched list; locked and removed ones stay. */
    @Transactional
    void replace(long runId, CohortAssignment assignment) {
        CohortRun run = editable(runId);
        pairs.deleteUnlocked(runId);
        unmatched.deleteByRun(runId);
        insert(runId, assignment, false);
        run = editable(runId);
        run.scored(assignment.totalScore(), assignment.upperBound());
    }

    private void insert(long runId, CohortAssignment assignment, boolean withLocked) {
        pairs.saveAll(assignment.pairs().stream().filter(pair -> withLocked || !pair.locked())
                .map(pair -> new CohortRunPair(runId, pair.menteeAccountId(), pair.mentorAccountId(), pair.score(),
                        MatchReason.stored(pair.reasons()), pair.locked())).toList());
        unmatched.saveAll(assignment.unmatched().stream()
                .map(mentee -> new CohortRunUnmatched(runId, mentee.menteeAccountId(), mentee.reason())).toList());
    }

    @Transactional(readOnly = true)
    CohortRun run(long runId) {
        return runs.findById(runId)
                .orElseThrow(() -> new NotFoundException(Sentence.of("matching.cohortRefusal.noSuchRun", runId)));
    }

    @Transactional(readOnly = true)
    PublishingProgress progress(long runId) {
        return new PublishingProgress(run(runId).status(), pairs.countNotIn(runId, CohortPairState.PROPOSED),
                pairs.countByRunIdAndRemovedFalse(runId));
    }

    /** The run, refused unless it is still in review: only then may its pairs change. */
    CohortRun editable(long runId) {
        CohortRun run = run(runId);
        if (run.status() != CohortRunStatus.IN_REVIEW) {
            throw new ConflictException(Sentence.of("matching.cohortRefusal.notInReview",
                    Sentence.of("matching.cohortRefusal.status." + run.status().name())));
        }
        return run;
    }

    /** Every pair of the run, removed ones included, by mentee. */
    @Transactional(readOnly = true)
    List<CohortRunPair> pairs(long runId) {
        return pairs.findByRunIdOrderByMenteeAccountId(runId);
    }

    /** The mentee's pair in the run, refused when they have none (any more). */
    CohortRunPair pairOf(long runId, long menteeAccountId) {
        return pairs.findByRunIdAndMenteeAccountIdAndRemovedFalse(runId, menteeAccountId).orElseThrow(
                () -> new ConflictException(Sentence.of("matching.cohortRefusal.noPair")));
    }

    @Transactional(readOnly = true)
    List<CohortRunUnmatched> unmatched(long runId) {
        return unmatched.findByRunIdOrderByMenteeAccountId(runId);
    }

    /** The pair goes (kept as removed, so a re-run does not propose it again); its mentee is unmatched. */
    void remove(CohortRunPair pair, long runId) {
        pair.remove();
        unmatched.save(new CohortRunUnmatched(runId, pair.menteeAccountId(), Unmatched.Reason.PAIR_REMOVED));
        retotal(runId);
    }

    /** The run's total after the program manager changed its pairs by hand. */
    void retotal(long runId) {
        editable(runId).scored(pairs.findByRunIdOrderByMenteeAccountId(runId).stream().filter(p -> !p.removed())
                .mapToDouble(CohortRunPair::score).sum(), run(runId).upperBound());
    }

    @Transactional(readOnly = true)
    List<CohortRunSummary> recent(int limit) {
        List<CohortRun> newest = runs.findAllByOrderByComputedAtDescIdDesc(PageRequest.of(0, limit));
        List<Long> ids = newest.stream().map(CohortRun::id).toList();
        Map<Long, Long> pairCounts = counts(pairs.countsByRun(ids));
        Map<Long, Long> unmatchedCounts = counts(unmatched.countsByRun(ids));
        return newest.stream().map(run -> new CohortRunSummary(run.id(), run.program(), run.status(), run.computedBy(),
                run.computedAt(), pairCounts.getOrDefault(run.id(), 0L).intValue(),
                unmatchedCounts.getOrDefault(run.id(), 0L).intValue())).toList();
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The run's PROPOSED pairs, by mentee: what publishing makes requests or mentorships of. */
    @Transactional(readOnly = true)
    List<PublishablePair> pairsToPublish(long runId) {
        return pairs.findByRunIdAndRemovedFalseAndStateOrderByMenteeAccountId(runId, CohortPairState.PROPOSED).stream()
                .map(pair -> new PublishablePair(pair.menteeAccountId(), pair.mentorAccountId(), pair.score(),
                        MatchReason.read(pair.reasons()))).toList();
    }

    /**
     * One batch of publishing: the run's PROPOSED pairs whose mentors lie in {@code batch}. Only the batch's own pairs
     * are read (not the run's 10,000), so a batch's transaction holds no more than it publishes.
     */
    @Transactional(readOnly = true)
    List<PublishablePair> pairsToPublish(long runId, MentorRange batch) {
        return pairs.findByRunIdAndRemovedFalseAndStateAndMentorAccountIdBetweenOrderByMentorAccountIdAscMenteeAccountIdAsc(
                        runId, CohortPairState.PROPOSED, batch.first(), batch.last()).stream()
                .map(pair -> new PublishablePair(pair.menteeAccountId(), pair.mentorAccountId(), pair.score(),
                        MatchReason.read(pair.reasons()))).toList();
    }

    /** The mentor of each of the run's PROPOSED pairs, by mentor: what publishing's batches are cut from. */
    @Transactional(readOnly = true)
    List<Long> mentorsToPublish(long runId) {
        return pairs.mentorsIn(runId, CohortPairState.PROPOSED);
    }

    /** @param skippedReason why the pair could not be published (English, for the audit), or null */
    @Transactional
    void published(long runId, long menteeAccountId, CohortPairState state, Long matchRequestId, Long mentorshipId,
                   String skippedReason) {
        pairs.findByRunIdAndMenteeAccountIdAndRemovedFalse(runId, menteeAccountId)
                .orElseThrow(() -> new IllegalStateException("Run " + runId + " has no pair for mentee " + menteeAccountId))
                .published(state, matchRequestId, mentorshipId, skippedReason);
    }

    @Transactional
    void status(long runId, CohortRunStatus status) {
        run(runId).status(status);
    }

    /** Whether the program manager asked a second one to approve, for the review page. */
    void submitted(long runId, boolean secondApproval) {
        run(runId).submitted(secondApproval);
    }

    /** Who approved or sent the run back, and their note. */
    void approved(long runId, String approver, String note) {
        run(runId).decided(approver, note);
    }

    @Transactional(readOnly = true)
    Program program(long runId) {
        return run(runId).program();
    }

    @Transactional(readOnly = true)
    String computedBy(long runId) {
        return run(runId).computedBy();
    }
}
