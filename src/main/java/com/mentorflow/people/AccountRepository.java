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
}
