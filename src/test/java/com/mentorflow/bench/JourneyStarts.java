package com.mentorflow.bench;

import com.mentorflow.matching.MentorshipStarted;
import com.mentorflow.people.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts journeys as accepting a request does: {@link MentorshipStarted} published in a transaction, the journey
 * module's listener starting mentee-journey.bpmn in it. Answers the seconds from the first start to the last commit.
 */
final class JourneyStarts {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    JourneyStarts(ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.events = events;
        this.transaction = transaction;
    }

    double start(List<WavePairs.Pair> pairs, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < pairs.size(); i = next.getAndIncrement()) {
                    WavePairs.Pair pair = pairs.get(i);
                    transaction.executeWithoutResult(status -> events.publishEvent(new MentorshipStarted(
                            pair.mentorshipId(), pair.menteeAccountId(), pair.mentorAccountId(), Program.NEW_HIRE, 12)));
                }
            }));
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
