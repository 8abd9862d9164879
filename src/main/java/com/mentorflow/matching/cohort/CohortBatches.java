package com.mentorflow.matching.cohort;

import com.mentorflow.platform.ExpressionBean;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The batches "Publish pairs" of cohort-matching.bpmn runs ({@code ${cohortBatches.numbers(runId)}}): 0, 1, … one per
 * {@link #PAIRS_PER_BATCH} pairs still to publish (the engine reads the list once, when publishing starts). Each batch is one job and one transaction; the batch a pair belongs
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

    public List<Integer> numbers(long runId) {
        int pairs = records.pairsToPublish(runId).size();
        return IntStream.range(0, (pairs + PAIRS_PER_BATCH - 1) / PAIRS_PER_BATCH).boxed().toList();
    }
}
