package com.mentorflow.matching.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CohortBatchesTest {

    @Test
    void aBatchEndsOnlyWhereTheMentorChanges() {
        // Mentor 2 has three mentees: the first batch takes all of them rather than leave one to the next batch.
        assertThat(CohortBatches.cut(List.of(1L, 2L, 2L, 2L, 5L, 7L, 7L), 3)).containsExactly("1-2", "5-7");
    }

    @Test
    void everyPairIsInExactlyOneBatch() {
        assertThat(CohortBatches.cut(List.of(4L, 4L, 9L), 1)).containsExactly("4-4", "9-9");
        assertThat(CohortBatches.cut(List.of(), 100)).isEmpty();
        assertThat(MentorRange.parse("12-40")).isEqualTo(new MentorRange(12, 40));
    }
}
