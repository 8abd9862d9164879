package com.mentorflow.matching;

import com.mentorflow.people.Program;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MentorshipRepository extends JpaRepository<Mentorship, Long> {

    @Query("select m.id, m.menteeAccountId, m.mentorAccountId from Mentorship m where m.id in :ids")
    List<Object[]> pairs(java.util.Collection<Long> ids);

    @org.springframework.data.jpa.repository.Modifying
    @Query(nativeQuery = true, value = "update {h-schema}mentorship set "
            + "last_held_at = case when :held then greatest(coalesce(last_held_at, :at), :at) else last_held_at end, "
            + "missed_in_a_row = case when :held then 0 else missed_in_a_row + 1 end where id = :id")
    void recordMeeting(long id, boolean held, java.time.Instant at);

    List<Mentorship> findByMenteeAccountId(long menteeAccountId);

    // Written out rather than derived from the method name: Spring Data builds a derived query as a criteria query
    // on every call and Hibernate 6 translates each one afresh (JFR: a tenth of publishing a cohort), while a JPQL
    // string with scalar parameters is translated once.
    @Query("select count(m) from Mentorship m where m.mentorAccountId = :mentorAccountId and m.status = :status")
    long countByMentorAccountIdAndStatus(long mentorAccountId, Mentorship.Status status);

    @Query("select count(m) > 0 from Mentorship m where m.menteeAccountId = :menteeAccountId and m.program = :program "
            + "and m.status = :status")
    boolean existsByMenteeAccountIdAndProgramAndStatus(long menteeAccountId, Program program, Mentorship.Status status);

    @Query("select m from Mentorship m where (m.menteeAccountId = :accountId or m.mentorAccountId = :accountId) order by m.startedAt desc")
    List<Mentorship> involving(long accountId);

    @Query("select m.mentorAccountId, count(m) from Mentorship m where m.status = 'ACTIVE' group by m.mentorAccountId")
    List<Object[]> activeCountsByMentor();
}
