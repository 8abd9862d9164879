package com.mentorflow.people;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Accounts by the single sign-on identity their first SSO sign-in linked. */
interface SsoAccountRepository extends Repository<Account, Long> {

    Optional<Account> findBySsoIssuerAndSsoSubject(String ssoIssuer, String ssoSubject);
}
