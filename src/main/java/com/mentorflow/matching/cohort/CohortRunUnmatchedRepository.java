package com.mentorflow.matching.cohort;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CohortRunUnmatchedRepository extends JpaRepository<CohortRunUnmatched, Long> {

    List<CohortRunUnmatched> findByRunIdOrderByMenteeAccountId(long runId);

    @Query("select u.runId, count(u) from CohortRunUnmatched u where u.runId in :runIds group by u.runId")
    List<Object[]> countsByRun(List<Long> runIds);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from CohortRunUnmatched u where u.runId = :runId")
    void deleteByRun(long runId);
}
