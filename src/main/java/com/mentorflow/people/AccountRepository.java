package com.mentorflow.people;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByEmployeeId(String employeeId);

    Optional<Account> findByEmployeeId(String employeeId);

    @Query("select a from Account a where lower(a.email) = lower(:email)")
    Optional<Account> findByEmailIgnoringCase(String email);

    @Query("select a.email from Account a join a.roles r where r = :role and a.active = true order by a.id")
    java.util.List<String> emailsOfActive(com.mentorflow.platform.Roles role);

    @Query("select count(a) > 0 from Account a where lower(a.email) = lower(:email)")
    boolean existsByEmailIgnoringCase(String email);

    @Query("select count(a) > 0 from Account a join a.roles r where r = com.mentorflow.platform.Roles.ADMIN and a.active = true")
    boolean anyActiveAdmin();

    @Query("select a.id from Account a where a.username = :username")
    Optional<Long> idByUsername(String username);

    @Query("select a.email from Account a where a.id = :accountId")
    Optional<String> emailById(long accountId);

    @Query("select a.id, a.displayName from Account a where a.id in :accountIds")
    java.util.List<Object[]> displayNames(java.util.Collection<Long> accountIds);

    /** Active accounts whose directory entry, when linked, is active too (as {@link ParticipantFacts#active()}). */
    @Query("select a.id from Account a where a.id in :accountIds and a.active = true and not exists "
            + "(select e from Employee e where e.employeeId = a.employeeId and e.active = false)")
    java.util.List<Long> activeAmong(java.util.Collection<Long> accountIds);
}
