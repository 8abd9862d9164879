package com.mentorflow.matching;

import com.mentorflow.people.Program;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MentorshipRepository extends JpaRepository<Mentorship, Long> {

    List<Mentorship> findByMenteeAccountId(long menteeAccountId);

    long countByMentorAccountIdAndStatus(long mentorAccountId, Mentorship.Status status);

    boolean existsByMenteeAccountIdAndProgramAndStatus(long menteeAccountId, Program program, Mentorship.Status status);

    @Query("select m from Mentorship m where (m.menteeAccountId = :accountId or m.mentorAccountId = :accountId) order by m.startedAt desc")
    List<Mentorship> involving(long accountId);

    @Query("select m.mentorAccountId, count(m) from Mentorship m where m.status = 'ACTIVE' group by m.mentorAccountId")
    List<Object[]> activeCountsByMentor();
}
