package com.mentorflow.matching;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchRequestRepository extends JpaRepository<MatchRequest, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<MatchRequest> {

    // A mentee's open requests, asked for every pair a cohort publishes. Written out with the open statuses as literals:
    // Spring Data builds a derived query as a criteria query on every call, and Hibernate 6 translates a query with a
    // list parameter afresh on every call too (JFR of publishing a cohort: these three took 10% of the samples). The
    // literals are MatchRequest.Status.OPEN; OpenRequestQueriesTest fails if the two part.
    String OPEN = " r.status in ('PENDING_APPROVAL', 'PENDING')";

    @org.springframework.data.jpa.repository.Query("select count(r) from MatchRequest r "
            + "where r.menteeAccountId = :menteeAccountId and" + OPEN)
    long countOpen(long menteeAccountId);

    @org.springframework.data.jpa.repository.Query("select count(r) > 0 from MatchRequest r "
            + "where r.menteeAccountId = :menteeAccountId and r.mentorAccountId = :mentorAccountId and" + OPEN)
    boolean existsOpen(long menteeAccountId, long mentorAccountId);

    @org.springframework.data.jpa.repository.Query("select r from MatchRequest r "
            + "where r.menteeAccountId = :menteeAccountId and" + OPEN)
    List<MatchRequest> findOpen(long menteeAccountId);

    List<MatchRequest> findByMenteeAccountIdOrderByCreatedAtDesc(long menteeAccountId);

    List<MatchRequest> findByMentorAccountIdOrderByCreatedAtDesc(long mentorAccountId);

    /** Who a request is between, read without loading (and so caching) the request itself. */
    @org.springframework.data.jpa.repository.Query("select new com.mentorflow.matching.MatchRequestRepository$Pair("
            + "r.menteeAccountId, r.mentorAccountId) from MatchRequest r where r.id = :id")
    java.util.Optional<Pair> findPairById(long id);

    record Pair(long menteeAccountId, long mentorAccountId) {
    }

    @org.springframework.data.jpa.repository.Query("select r.mentorAccountId from MatchRequest r "
            + "where r.menteeAccountId = :menteeAccountId and r.status in :statuses")
    List<Long> mentorsAskedBy(long menteeAccountId, Collection<MatchRequest.Status> statuses);

    /** Erasure keeps the requests (the other side's history) but not what the mentee wrote. */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("update MatchRequest r set r.note = '[erased]' where r.menteeAccountId = :menteeAccountId")
    void eraseNotesOf(long menteeAccountId);
}
