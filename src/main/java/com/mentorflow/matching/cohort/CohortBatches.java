package com.mentorflow.matching.cohort;

import com.mentorflow.platform.ExpressionBean;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The batches "Publish pairs" of cohort-matching.bpmn runs ({@code ${cohortBatches.firstMentees(runId)}}): one per
 * {@link #PAIRS_PER_BATCH} pairs to publish, each named by the first mentee of its pairs (the engine reads the list
 * once, when publishing starts). A batch publishes the {@value #PAIRS_PER_BATCH} proposed pairs from its first mentee on
 * ({@link CohortPublishing}): exactly its own, since a batch changes only its own pairs and commits all or none of them.
 */
@Component
@ExpressionBean
public class CohortBatches {

    /**
     * Small enough that a batch's transaction (100 requests or mentorships with their processes) stays short and a
     * retry repeats little; large enough that the batches' jobs and joins cost little beside the pairs.
     */
    static final int PAIRS_PER_BATCH = 100;

    private final CohortRunRecords records;

    CohortBatches(CohortRunRecords records) {
        this.records = records;
    }

    public List<Long> firstMentees(long runId) {
        List<Long> mentees = records.menteesToPublish(runId);
        List<Long> firsts = new ArrayList<>();
        for (int i = 0; i < mentees.size(); i += PAIRS_PER_BATCH) {
            firsts.add(mentees.get(i));
        }
        return firsts;
    }
}
