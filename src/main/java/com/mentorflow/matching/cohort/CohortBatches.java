package com.mentorflow.matching.cohort;

import com.mentorflow.platform.ExpressionBean;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The batches "Publish pairs" of cohort-matching.bpmn runs ({@code ${cohortBatches.mentorRanges(runId)}}): about
 * {@code mentorflow.cohort.pairs-per-batch} pairs each, every batch the pairs of a range of mentors (the engine reads
 * the list once, when publishing starts). A batch publishes exactly its own pairs: no other batch has its mentors,
 * and each commits all or none of them.
 */
@Component
@ExpressionBean
public class CohortBatches {

    private final CohortRunRecords records;
    private final CohortSettings settings;

    CohortBatches(CohortRunRecords records, CohortSettings settings) {
        this.records = records;
        this.settings = settings;
    }

    /** About {@code pairs-per-batch} pairs a batch, cut only where the mentor changes (see {@link MentorRange}). */
    public List<String> mentorRanges(long runId) {
        return cut(records.mentorsToPublish(runId), settings.pairsPerBatch());
    }

    /** @param mentors each pair's mentor, sorted; @return ranges of at least {@code size} pairs (the last may have fewer) */
    static List<String> cut(List<Long> mentors, int size) {
        List<String> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= mentors.size(); i++) {
            boolean mentorChanges = i == mentors.size() || !mentors.get(i).equals(mentors.get(i - 1));
            if (mentorChanges && (i - start >= size || i == mentors.size())) {
                ranges.add(new MentorRange(mentors.get(start), mentors.get(i - 1)).toString());
                start = i;
            }
        }
        return ranges;
    }
}
