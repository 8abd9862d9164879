package com.mentorflow.people;

import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.Sentence;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and changing one's own mentoring profile. */
@Service
public class ProfileService {

    /** Why someone may not ask for a mentor or take part in circles yet, and where to go. */
    public static final Sentence COMPLETE_PROFILE_FIRST_SENTENCE = Sentence.of("people.refusal.completeProfileFirst");
    /** The same in English, as logs and tests read it. */
    public static final String COMPLETE_PROFILE_FIRST = COMPLETE_PROFILE_FIRST_SENTENCE.english();

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

    /**
     * Which sides of mentoring a person said they want, for the menu: a finished profile names them; before that
     * the person may still become either, so both are open.
     */
    @Transactional(readOnly = true)
    public Sides sidesOf(String username) {
        return accounts.findByUsername(username).flatMap(account -> profiles.findById(account.getId()))
                .filter(Profile::isComplete)
                .map(profile -> new Sides(profile.isWantsMentee(), profile.isWantsMentor()))
                .orElse(new Sides(true, true));
    }

    /** @param mentee wants to be mentored; @param mentor wants to mentor someone */
    public record Sides(boolean mentee, boolean mentor) {
    }

    /**
     * The gate before any participation (match requests, proposing or joining circles): the profile task is done
     * and consent is given. Called first by each such command, so a refusal changes nothing.
     *
     * @throws NotPermittedException with {@link #COMPLETE_PROFILE_FIRST} otherwise
     */
    @Transactional(readOnly = true)
    public void requireReadyToTakePart(String username) {
        Account account = account(username);
        if (!profiles.findById(account.getId()).map(Profile::isReadyToTakePart).orElse(false)) {
            throw new NotPermittedException(COMPLETE_PROFILE_FIRST_SENTENCE);
        }
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
                .orElseThrow(() -> new NotPermittedException(Sentence.of("people.refusal.noActiveAccount")));
    }
}
