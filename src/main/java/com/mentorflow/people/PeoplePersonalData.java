package com.mentorflow.people;

import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.Sentence;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What this module itself holds about a person: the account, the profile and the directory entry. Not a
 * {@link PersonalDataContributor}: it works on the account entity, its sections lead the export, and it must erase
 * last, after the other modules have erased by the account id.
 */
@Component
class PeoplePersonalData {

    private final AccountRepository accounts;
    private final ProfileRepository profiles;
    private final EmployeeRepository employees;
    private final Topics topics;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeoplePersonalData(AccountRepository accounts, ProfileRepository profiles, EmployeeRepository employees,
                       Topics topics, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.employees = employees;
        this.topics = topics;
        this.events = events;
        this.clock = clock;
    }

    /** Download and erasure are only ever about oneself, and only while the account is active. */
    Account ownAccount(String username) {
        return accounts.findByUsername(username).filter(Account::isActive)
                .orElseThrow(() -> new NotPermittedException(Sentence.of("people.refusal.noActiveAccount")));
    }

    Map<String, Object> account(Account account) {
        return Map.of("username", account.getUsername(), "email", account.getEmail(),
                "displayName", account.getDisplayName(), "roles", account.getRoles().stream().map(Enum::name).sorted().toList(),
                "createdAt", account.getCreatedAt().toString());
    }

    /** The answers as stored, with the topics' names beside their ids so the file reads without a lookup. */
    Map<String, Object> profile(Account account) {
        Profile profile = profiles.findById(account.getId()).orElseThrow();
        ProfileAnswers answers = profile.toAnswers(account.getDisplayName());
        Map<String, Object> profileData = new LinkedHashMap<>();
        profileData.put("answers", answers);
        profileData.put("goalTopicNames", answers.goalTopics().stream().sorted().map(topics::name).toList());
        profileData.put("strengthTopicNames", answers.strengthTopics().stream().sorted().map(topics::name).toList());
        profileData.put("consentGivenAt", profile.getConsentGivenAt() == null ? null : profile.getConsentGivenAt().toString());
        profileData.put("completedAt", profile.getCompletedAt() == null ? null : profile.getCompletedAt().toString());
        return profileData;
    }

    /** Null for an account no directory entry is linked to. */
    Employee directory(Account account) {
        return account.getEmployeeId() == null ? null : employees.findById(account.getEmployeeId()).orElse(null);
    }

    /** Forgets the profile and anonymises the account; listeners hear of it as of any profile change. */
    void erase(Account account) {
        profiles.findById(account.getId()).orElseThrow().forget(clock.instant());
        account.erase();
        events.publishEvent(new ProfileChanged(account.getId()));
    }
}
