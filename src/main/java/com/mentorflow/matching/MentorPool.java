package com.mentorflow.matching;

import com.mentorflow.people.DirectoryImported;
import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ProfileChanged;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every mentor in memory, so ranking 100,000 of them takes milliseconds. A changed profile is reloaded as
 * soon as its transaction commits; a directory import, or changes made on another node, by a full reload
 * (at the latest after {@code mentorflow.matching.reload-interval}).
 */
@Component
class MentorPool {

    private static final Logger log = LoggerFactory.getLogger(MentorPool.class);

    private final ParticipantDirectory directory;
    private final Clock clock;
    private volatile Map<Long, MentorCandidate> mentors;
    /** What requests iterate: an array is several times faster to walk than the map. Rebuilt on every change. */
    private volatile List<MentorCandidate> snapshot;

    MentorPool(ParticipantDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    Collection<MentorCandidate> all() {
        List<MentorCandidate> current = snapshot;
        if (current == null) {
            synchronized (this) {
                if (snapshot == null) {
                    reload();
                }
                current = snapshot;
            }
        }
        return current;
    }

    @Scheduled(fixedDelayString = "${mentorflow.matching.reload-interval:PT5M}", initialDelayString = "PT5M")
    synchronized void reload() {
        long start = System.nanoTime();
        Map<Long, MentorCandidate> fresh = new ConcurrentHashMap<>();
        var now = clock.instant();
        directory.forEachMentor(facts -> fresh.put(facts.accountId(), MentorCandidate.of(facts, now)));
        mentors = fresh;
        snapshot = Arrays.asList(fresh.values().toArray(MentorCandidate[]::new));
        log.info("Loaded {} mentors for suggestions in {} ms", fresh.size(), (System.nanoTime() - start) / 1_000_000);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ProfileChanged event) {
        refresh(event.accountId());
    }

    /** Reads one person again, e.g. deactivated: still listed, marked inactive, so the hard filters leave them out. */
    void refresh(long accountId) {
        Map<Long, MentorCandidate> loaded = mentors;
        if (loaded == null) {
            return;
        }
        directory.find(accountId)
                .filter(facts -> facts.wantsMentor())
                .ifPresentOrElse(facts -> loaded.put(facts.accountId(), MentorCandidate.of(facts, clock.instant())),
                        () -> loaded.remove(accountId));
        synchronized (this) {
            snapshot = Arrays.asList(loaded.values().toArray(MentorCandidate[]::new));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(DirectoryImported event) {
        if (mentors != null) {
            reload();
        }
    }
}
