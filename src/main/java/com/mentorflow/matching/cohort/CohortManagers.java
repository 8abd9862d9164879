package com.mentorflow.matching.cohort;

import com.mentorflow.people.AccountService;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Sentence;
import org.springframework.stereotype.Component;

/** Who may match cohorts: active program managers and admins, checked on the username every call names. */
@Component
class CohortManagers {

    private final AccountService accounts;

    CohortManagers(AccountService accounts) {
        this.accounts = accounts;
    }

    void require(String username) {
        boolean manager = username != null && accounts.findByUsername(username)
                .filter(account -> account.isActive())
                .map(account -> account.getRoles().contains(Roles.PROGRAM_MANAGER)
                        || account.getRoles().contains(Roles.ADMIN))
                .orElse(false);
        if (!manager) {
            throw new NotPermittedException(Sentence.of("matching.cohortRefusal.onlyManagers"));
        }
    }
}
