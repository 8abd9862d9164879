package com.mentorflow.matching.cohort;

import com.mentorflow.matching.CohortProposals;
import com.mentorflow.matching.CohortProposals.Proposal;
import com.mentorflow.people.Program;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What "Publish pairs" and "Tell the program manager" of cohort-matching.bpmn do, through {@link CohortDelegates}: each
 * batch publishes its share of the run's proposed pairs in one transaction, each pair as its program says
 * ({@link CohortSettings}); a pair that cannot be published is recorded as skipped with its reason.
 */
@Component
class CohortPublishing {

    private final CohortRunRecords records;
    private final CohortProposals proposals;
    private final CohortSettings settings;

    CohortPublishing(CohortRunRecords records, CohortProposals proposals, CohortSettings settings) {
        this.records = records;
        this.proposals = proposals;
        this.settings = settings;
    }

    /**
     * Publishes the proposed pairs whose mentee id falls in this batch (mentee id modulo the number of batches): a
     * batch's pairs stay its own whatever the other batches did meanwhile, so batches run side by side and a retried
     * batch finds exactly its unpublished pairs again.
     *
     * @param manager the program manager who submitted the run: requests come from them, mails name them
     */
    @Transactional
    void publishBatch(long runId, int batch, int batches, String manager) {
        Program program = records.program(runId);
        boolean atOnce = settings.startsAtOnce(program);
        for (PublishablePair pair : records.pairsToPublish(runId)) {
            if (Math.floorMod(pair.menteeAccountId(), batches) != batch) {
                continue;
            }
            Proposal proposal = atOnce
                    ? proposals.startMentorship(pair.menteeAccountId(), pair.mentorAccountId(), program, pair.score(),
                            pair.reasons(), manager)
                    : proposals.askMentor(pair.menteeAccountId(), pair.mentorAccountId(), program, pair.score(),
                            pair.reasons(), manager);
            CohortPairState state = proposal.skipped() ? CohortPairState.PROPOSED
                    : atOnce ? CohortPairState.MENTORSHIP_STARTED : CohortPairState.REQUESTED;
            records.published(runId, pair.menteeAccountId(), state, proposal.requestId(), proposal.mentorshipId(),
                    proposal.skippedReason());
        }
    }

    /** The run is published; its manager learns how many pairs were published and how many skipped. */
    @Transactional
    void finish(long runId, String manager) {
        List<CohortRunPair> pairs = records.pairs(runId).stream().filter(pair -> !pair.removed()).toList();
        int skipped = (int) pairs.stream().filter(pair -> pair.state() == CohortPairState.PROPOSED).count();
        records.status(runId, CohortRunStatus.PUBLISHED);
        proposals.tellManager(manager, runId, records.program(runId), pairs.size() - skipped, skipped);
    }
}
