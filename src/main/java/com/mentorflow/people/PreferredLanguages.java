package com.mentorflow.people;

import com.mentorflow.platform.Languages;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.ReaderLanguages;
import com.mentorflow.platform.Sentence;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language each person chose to read Mentorflow in, or none (their browser's, then). Mail, calendar invitations
 * and exports ask {@link #languageOf(long)}; the app reads it when a page opens. The choice lives on the account, so
 * "Download my data" shows it and erasing the account forgets it.
 */
@Service
public class PreferredLanguages implements ReaderLanguages, PersonalDataContributor {

    private final AccountRepository accounts;

    PreferredLanguages(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Locale languageOf(long accountId) {
        return accounts.findById(accountId).flatMap(PreferredLanguages::chosen).orElse(Languages.ENGLISH);
    }

    /** The person's choice; empty when they read their browser's language. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Locale> chosenBy(String username) {
        return accounts.findByUsername(username).flatMap(PreferredLanguages::chosen);
    }

    /** One of {@link Languages#ALL}, or empty to read the browser's language again. */
    @Transactional
    public void choose(String username, Optional<Locale> language) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new NotPermittedException(Sentence.of("people.refusal.noAccountForYou")));
        account.choosePreferredLanguage(language.map(Languages::tag).orElse(null));
    }

    @Override
    public String section() {
        return "language";
    }

    @Override
    public Object export(long accountId) {
        return Collections.singletonMap("preferredLanguage",
                accounts.findById(accountId).flatMap(PreferredLanguages::chosen).map(Languages::tag).orElse(null));
    }

    @Override
    public void erase(long accountId) {
        accounts.findById(accountId).ifPresent(account -> account.choosePreferredLanguage(null));
    }

    private static Optional<Locale> chosen(Account account) {
        return Optional.ofNullable(account.getPreferredLanguage()).flatMap(Languages::byTag);
    }
}
