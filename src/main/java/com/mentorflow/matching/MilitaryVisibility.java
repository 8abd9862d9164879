package com.mentorflow.matching;

import com.mentorflow.people.AccountService;
import com.mentorflow.people.MilitaryBackground;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the profile's promise about military background: seen by the person, their matched partner (someone they
 * have a mentorship with) and the matching engine; by anyone else only when the person chose so. Every surface
 * that could reveal it (suggestion reasons, a request's reasons, the mentorship page) asks here.
 */
@Service
public class MilitaryVisibility {

    private final MentorshipRepository mentorships;
    private final AccountService accounts;

    MilitaryVisibility(MentorshipRepository mentorships, AccountService accounts) {
        this.mentorships = mentorships;
        this.accounts = accounts;
    }

    /** Everyone this person has or had a mentorship with, either side. */
    @Transactional(readOnly = true)
    public Set<Long> partnersOf(long accountId) {
        return mentorships.involving(accountId).stream()
                .map(m -> m.getMenteeAccountId() == accountId ? m.getMentorAccountId() : m.getMenteeAccountId())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the viewer may see anything of the subject's military background, a shared one included. */
    @Transactional(readOnly = true)
    public boolean shownTo(long viewerAccountId, ParticipantFacts subject) {
        return subject.militaryVisibleTo(partnersOf(viewerAccountId).contains(subject.accountId()));
    }

    /**
     * "Veteran · Army · 8 years served · left service in 2012" for the viewer, or empty when the subject has none
     * or the viewer may not see it.
     */
    @Transactional(readOnly = true)
    public Optional<String> describeFor(long viewerAccountId, long subjectAccountId) {
        Profile profile = accounts.profileOf(subjectAccountId).orElse(null);
        if (profile == null || !profile.getMilitary().connected()
                || !(profile.isShowMilitary() || partnersOf(viewerAccountId).contains(subjectAccountId))) {
            return Optional.empty();
        }
        return Optional.of(describe(profile.getMilitary()));
    }

    static String describe(MilitaryBackground service) {
        List<String> parts = new ArrayList<>();
        parts.add(service.relation().label());
        if (service.branch() != null) {
            parts.add(service.branch());
        }
        if (service.rankBand() != null) {
            parts.add(service.rankBand().label());
        }
        if (service.specialty() != null) {
            parts.add(service.specialty());
        }
        if (service.yearsServed() != null) {
            parts.add(service.yearsServed() + (service.yearsServed() == 1 ? " year" : " years") + " served");
        }
        if (service.transitionYear() != null) {
            parts.add("left service in " + service.transitionYear());
        }
        return String.join(" · ", parts);
    }
}
