package com.mentorflow.matching;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchRequestRepository extends JpaRepository<MatchRequest, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<MatchRequest> {

    long countByMenteeAccountIdAndStatusIn(long menteeAccountId, Collection<MatchRequest.Status> statuses);

    boolean existsByMenteeAccountIdAndMentorAccountIdAndStatusIn(long menteeAccountId, long mentorAccountId,
                                                                 Collection<MatchRequest.Status> statuses);

    List<MatchRequest> findByMenteeAccountIdAndStatusIn(long menteeAccountId, Collection<MatchRequest.Status> statuses);

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
