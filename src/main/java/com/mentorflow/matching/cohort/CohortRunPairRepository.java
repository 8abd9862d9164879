package com.mentorflow.matching.cohort;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CohortRunPairRepository extends JpaRepository<CohortRunPair, Long> {

    List<CohortRunPair> findByRunIdOrderByMenteeAccountId(long runId);

    List<CohortRunPair> findByRunIdAndRemovedFalseAndStateOrderByMenteeAccountId(long runId, CohortPairState state);

    // Written out rather than derived from the method name: Spring Data builds a derived query as a criteria query
    // on every call and Hibernate 6 translates each one afresh (JFR: a tenth of publishing a cohort), while a JPQL
    // string with scalar parameters is translated once.
    @Query("select p from CohortRunPair p where p.runId = :runId and p.menteeAccountId = :menteeAccountId "
            + "and p.removed = false")
    Optional<CohortRunPair> findByRunIdAndMenteeAccountIdAndRemovedFalse(long runId, long menteeAccountId);

    /** One batch of publishing: the pairs in this state whose mentors lie in a range (CohortPublishing). */
    List<CohortRunPair> findByRunIdAndRemovedFalseAndStateAndMentorAccountIdBetweenOrderByMentorAccountIdAscMenteeAccountIdAsc(
            long runId, CohortPairState state, long firstMentor, long lastMentor);

    /** The mentor of each pair in this state, one entry a pair, by mentor. */
    @Query("select p.mentorAccountId from CohortRunPair p where p.runId = :runId and p.removed = false "
            + "and p.state = :state order by p.mentorAccountId")
    List<Long> mentorsIn(long runId, CohortPairState state);

    /** How many of a run's pairs are in a state other than this one (publishing's progress: not PROPOSED). */
    @Query("select count(p) from CohortRunPair p where p.runId = :runId and p.removed = false and p.state <> :state")
    long countNotIn(long runId, CohortPairState state);

    long countByRunIdAndRemovedFalse(long runId);

    @Query("select p.runId, count(p) from CohortRunPair p where p.runId in :runIds and p.removed = false group by p.runId")
    List<Object[]> countsByRun(List<Long> runIds);

    /** Executed at once, so a re-run's new pairs can be inserted in the same transaction (inserts flush first). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from CohortRunPair p where p.runId = :runId and p.locked = false and p.removed = false")
    void deleteUnlocked(long runId);
}
