package com.mentorflow.people;

import com.mentorflow.platform.NotPermittedException;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and changing one's own mentoring profile. */
@Service
public class ProfileService {

    private final AccountRepository accounts;
    private final ProfileRepository profiles;
    private final Topics topics;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProfileService(AccountRepository accounts, ProfileRepository profiles, Topics topics,
                   ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.topics = topics;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ProfileAnswers current(String username) {
        Account account = account(username);
        return profiles.findById(account.getId()).orElseThrow().toAnswers(account.getDisplayName());
    }

    /** @throws com.mentorflow.platform.RejectedInputException when an answer is not acceptable; nothing changes */
    @Transactional
    public void update(String username, ProfileAnswers answers) {
        apply(account(username), answers);
    }

    /** Validates and stores; the caller's transaction decides whether it sticks. */
    void apply(Account account, ProfileAnswers answers) {
        ProfileAnswers valid = answers.validated(topics.ids());
        account.rename(valid.displayName());
        profiles.findById(account.getId()).orElseThrow().answer(valid, clock.instant());
        events.publishEvent(new ProfileChanged(account.getId()));
    }

    private Account account(String username) {
        return accounts.findByUsername(username)
                .filter(Account::isActive)
                .orElseThrow(() -> new NotPermittedException("There is no active account for you."));
    }
}
