package com.mentorflow.matching.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The search's queue hands nodes out nearest first, after moves closer, and is empty and reusable after a clear. */
class DistanceHeapTest {

    @Test
    void pollsNearestFirstAfterDecreasesAndAfterAClear() {
        Random random = new Random(5);
        DistanceHeap heap = new DistanceHeap(500);
        for (int round = 0; round < 3; round++) {
            double[] best = new double[500];
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            for (int offer = 0; offer < 2_000; offer++) {
                int node = random.nextInt(500);
                double distance = random.nextDouble() * 100;
                heap.offer(node, distance);
                best[node] = Math.min(best[node], distance);
            }
            List<Double> polled = new ArrayList<>();
            for (int n = 0; n < 100; n++) {
                int node = heap.poll();
                polled.add(best[node]);
            }
            assertThat(polled).isSorted();
            heap.clear();
            assertThat(heap.isEmpty()).isTrue();
        }
        heap.offer(7, 3.0);
        heap.offer(7, 5.0);
        heap.offer(9, 4.0);
        assertThat(heap.poll()).isEqualTo(7);
        assertThat(heap.poll()).isEqualTo(9);
        assertThat(heap.isEmpty()).isTrue();
    }
}
