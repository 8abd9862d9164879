package com.mentorflow.matching.cohort;

import com.mentorflow.platform.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * How many batches "Publish pairs" of cohort-matching.bpmn runs ({@code ${cohortBatches.count(runId)}}): one per
 * {@link #PAIRS_PER_BATCH} pairs still to publish. Each batch is one job and one transaction; the batch a pair belongs
 * to follows from its mentee's id ({@link CohortPublishing}), so a batch finds its pairs again on a retry.
 */
@Component
@ExpressionBean
public class CohortBatches {

    /**
     * Small enough that a batch's transaction (100 requests or mentorships with their processes) takes well under a
     * second and a retry repeats little; large enough that the batches' jobs and joins cost little beside the pairs.
     */
    static final int PAIRS_PER_BATCH = 100;

    private final CohortRunRecords records;

    CohortBatches(CohortRunRecords records) {
        this.records = records;
    }

    public int count(long runId) {
        int pairs = records.pairsToPublish(runId).size();
        return (pairs + PAIRS_PER_BATCH - 1) / PAIRS_PER_BATCH;
    }
}
