package com.mentorflow.matching.cohort;

import com.mentorflow.matching.CohortProposals;
import com.mentorflow.matching.CohortProposals.Proposal;
import com.mentorflow.matching.CohortProposals.Proposer;
import com.mentorflow.people.Program;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What "Publish pairs" and "Tell the program manager" of cohort-matching.bpmn do, through {@link CohortDelegates}: each
 * batch publishes its share of the run's proposed pairs in one transaction, each pair as its program says
 * ({@link CohortSettings}); a pair that cannot be published is recorded as skipped with its reason (it stays PROPOSED,
 * with the reason beside it).
 */
@Component
class CohortPublishing {

    private final CohortRunRecords records;
    private final CohortProposals proposals;
    private final CohortSettings settings;
    private final EntityManager entities;

    CohortPublishing(CohortRunRecords records, CohortProposals proposals, CohortSettings settings,
                     EntityManager entities) {
        this.records = records;
        this.proposals = proposals;
        this.settings = settings;
        this.entities = entities;
    }

    /**
     * Publishes one batch: the run's proposed pairs whose mentors lie in {@code batch}.
     *
     * @param manager the program manager who submitted the run: requests come from them, mails name them
     */
    @Transactional
    void publishBatch(long runId, MentorRange batch, String manager) {
        Program program = records.program(runId);
        boolean atOnce = settings.startsAtOnce(program);
        Proposer proposer = proposals.proposer(manager);
        for (PublishablePair pair : records.pairsToPublish(runId, batch)) {
            Proposal proposal = atOnce
                    ? proposals.startMentorship(pair.menteeAccountId(), pair.mentorAccountId(), program, pair.score(),
                            pair.reasons(), proposer)
                    : proposals.askMentor(pair.menteeAccountId(), pair.mentorAccountId(), program, pair.score(),
                            pair.reasons(), proposer);
            CohortPairState state = proposal.skipped() ? CohortPairState.PROPOSED
                    : atOnce ? CohortPairState.MENTORSHIP_STARTED : CohortPairState.REQUESTED;
            records.published(runId, pair.menteeAccountId(), state, proposal.requestId(), proposal.mentorshipId(),
                    proposal.skippedReason());
            // A pair's work is written; nothing of it is read again. Without this, every query of the next pairs
            // dirty-checks all the entities the batch has touched so far (JFR of publishing 2,000 pairs: Hibernate's
            // flushes took 26% of the samples, growing with the batch).
            entities.flush();
            entities.clear();
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
