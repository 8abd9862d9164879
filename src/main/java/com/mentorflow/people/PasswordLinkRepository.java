package com.mentorflow.people;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PasswordLinkRepository extends JpaRepository<PasswordLink, Long> {

    Optional<PasswordLink> findByTokenHash(String tokenHash);

    /** Two posts of the same link one after the other: the second then finds it used. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from PasswordLink l where l.tokenHash = :tokenHash")
    Optional<PasswordLink> lockByTokenHash(String tokenHash);

    @Query("select l from PasswordLink l where l.closedAt is null and (l.employeeId = :employeeId or l.accountId = :accountId)")
    List<PasswordLink> findOpen(String employeeId, Long accountId);

    @Query("select count(l) > 0 from PasswordLink l where l.accountId = :accountId and l.purpose = 'RESET' and l.createdAt > :after")
    boolean resetSentSince(long accountId, Instant after);
}
