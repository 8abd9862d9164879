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

    @Query("select a from Account a join a.roles r where r = :role and a.active = true order by a.id")
    java.util.List<Account> activeIn(com.mentorflow.platform.Roles role);

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

    /**
     * One array parameter rather than an IN list: Hibernate translates a query with a list parameter again on every
     * call (a journey start spent 8% of its CPU there), while this one it translates once.
     */
    @Query(nativeQuery = true, value = "select a.id, a.username from {h-schema}account a where a.id = any(:accountIds)")
    java.util.List<Object[]> usernames(Long[] accountIds);

    @Query("select count(a) from Account a join a.roles r where r = com.mentorflow.platform.Roles.ADMIN and a.active = true")
    long countActiveAdmins();

    @org.springframework.data.jpa.repository.Modifying
    @Query("update Account a set a.employeeId = null where a.employeeId in :employeeIds")
    void unlinkEmployees(java.util.Collection<String> employeeIds);

    /** After an HR import: an account without a directory entry gets the free entry with its e-mail address. */
    @org.springframework.data.jpa.repository.Modifying
    @Query(nativeQuery = true, value = """
            update {h-schema}account a set employee_id = e.employee_id
            from {h-schema}employee e
            where a.employee_id is null and lower(a.email) = lower(e.email)
              and not exists (select 1 from {h-schema}account o where o.employee_id = e.employee_id)""")
    void linkToDirectoryByEmail();

    /** Active accounts whose directory entry, when linked, is active too (as {@link ParticipantFacts#active()}). */
    @Query("select a.id from Account a where a.id in :accountIds and a.active = true and not exists "
            + "(select e from Employee e where e.employeeId = a.employeeId and e.active = false)")
    java.util.List<Long> activeAmong(java.util.Collection<Long> accountIds);
}
