package com.mentorflow.people;

import com.mentorflow.ui.PersonNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The header's name for the signed-in person: their display name from the account. */
@Component
class SignedInNames implements PersonNames {

    private final AccountRepository accounts;

    SignedInNames(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public String displayNameOf(String username) {
        return accounts.findByUsername(username).map(Account::getDisplayName).filter(name -> !name.isBlank())
                .orElse(username);
    }
}
