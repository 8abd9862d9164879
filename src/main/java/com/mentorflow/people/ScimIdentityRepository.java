package com.mentorflow.people;

import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScimIdentityRepository extends JpaRepository<ScimIdentity, Long> {

    @Query("select s from ScimIdentity s where lower(s.userName) = lower(:userName)")
    Optional<ScimIdentity> findByUserNameIgnoringCase(String userName);

    /** Everyone provisioned, in one stable order: identity providers page through it. */
    @Query("select s.accountId from ScimIdentity s order by s.accountId")
    List<Long> allAccountIds();

    @Query("select s.accountId from ScimIdentity s, Account a where a.id = s.accountId and a.scimExternalId = :externalId "
            + "order by s.accountId")
    List<Long> accountIdsByExternalId(String externalId);

    @Query("select s.accountId from ScimIdentity s, Account a where a.id = s.accountId and lower(a.email) = lower(:email) "
            + "order by s.accountId")
    List<Long> accountIdsByEmail(String email);

    @Query("select s.accountId from ScimIdentity s, Account a join a.roles r where a.id = s.accountId and r = :role "
            + "order by s.accountId")
    List<Long> accountIdsWithRole(Roles role);

    /** Replace, remove and group membership name people by id: one refusal for an id the provider does not own. */
    default ScimIdentity require(long accountId) {
        return findById(accountId)
                .orElseThrow(() -> new RejectedInputException("id", "There is no provisioned user with id " + accountId + "."));
    }
}
