package com.mentorflow.circles;

import static com.mentorflow.circles.CircleProcess.DECISION_ELIGIBILITY;
import static com.mentorflow.circles.CircleProcess.VAR_ACCOUNT_ACTIVE;
import static com.mentorflow.circles.CircleProcess.VAR_EMPLOYEE_TYPE;

import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.ProfileService;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Languages;
import com.mentorflow.platform.Sentence;
import com.mentorflow.platform.Texts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The people module as circles need it: who someone is, whether they may take part, and their level. */
@Component
class CirclePeople {

    /** The sentences circle-eligibility.dmn ships with, by key. */
    private static final List<String> ELIGIBILITY = List.of("circles.refusal.eligibility.inactive",
            "circles.refusal.eligibility.notInDirectory", "circles.refusal.eligibility.notRegular");

    private final AccountService accounts;
    private final ParticipantDirectory directory;
    private final ProfileService profiles;
    private final DecisionService decisions;

    CirclePeople(AccountService accounts, ParticipantDirectory directory, ProfileService profiles, DecisionService decisions) {
        this.accounts = accounts;
        this.directory = directory;
        this.profiles = profiles;
        this.decisions = decisions;
    }

    /** A participant whose profile is ready and whom circle-eligibility.dmn lets take part; its refusal is the sentence they read. */
    ParticipantFacts eligible(String username) {
        profiles.requireReadyToTakePart(username);
        ParticipantFacts person = directory.findByUsername(username)
                .orElseThrow(() -> new NotPermittedException(Sentence.of("circles.refusal.noParticipantAccount")));
        String refusal = decisions.evaluateDecisionByKey(DECISION_ELIGIBILITY)
                .variables(Map.of(VAR_EMPLOYEE_TYPE, employeeType(person), VAR_ACCOUNT_ACTIVE, person.active()))
                .evaluate().getSingleEntry();
        if (refusal != null && !refusal.isBlank()) {
            throw new RejectedInputException("eligibility", said(refusal));
        }
        return person;
    }

    /**
     * The rule's sentences as shipped are said in the reader's language; one an admin wrote into the rule since reads as
     * they wrote it.
     */
    static Sentence said(String refusal) {
        return ELIGIBILITY.stream().filter(key -> Texts.text(Languages.ENGLISH, key).equals(refusal)).findFirst()
                .map(Sentence::of).orElseGet(() -> Sentence.asIs(refusal));
    }

    static String employeeType(ParticipantFacts person) {
        return person.employeeType() == null ? "UNKNOWN" : person.employeeType().name();
    }

    long accountId(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new NotPermittedException(Sentence.of("platform.refusal.signInFirst"))).getId();
    }

    Optional<Long> findAccountId(String username) {
        return accounts.findByUsername(username).map(Account::getId);
    }

    Account account(long accountId) {
        return accounts.findById(accountId).orElseThrow();
    }

    String username(long accountId) {
        return account(accountId).getUsername();
    }

    String name(long accountId) {
        return accounts.findById(accountId).map(Account::getDisplayName).orElse("Someone");
    }

    Integer level(long accountId) {
        return directory.find(accountId).map(ParticipantFacts::level).orElse(null);
    }

    boolean active(long accountId) {
        return directory.find(accountId).map(ParticipantFacts::active).orElse(false);
    }
}
