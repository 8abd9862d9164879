package com.mentorflow.circles;

import static com.mentorflow.circles.Circles.LANGUAGES;
import static com.mentorflow.circles.Circles.MAX_NAME;
import static com.mentorflow.circles.Circles.MAX_SIZE;
import static com.mentorflow.circles.Circles.MAX_TEXT;
import static com.mentorflow.circles.Circles.MIN_SIZE;

import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.Topics;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Who may propose a circle, and what a proposal must say: every problem at once, in sentences. */
@Component
class CircleProposalRules {

    private final CirclePeople people;
    private final Topics topics;
    private final AffinityNetworks networks;

    CircleProposalRules(CirclePeople people, Topics topics, AffinityNetworks networks) {
        this.people = people;
        this.topics = topics;
        this.networks = networks;
    }

    /** @return the proposer, who may take part in circles and has sent an acceptable proposal */
    ParticipantFacts check(String username, CircleProposal proposal) {
        ParticipantFacts proposer = people.eligible(username);
        String name = strip(proposal.name());
        String description = strip(proposal.description());
        Set<Integer> chosenTopics = proposal.topics() == null ? Set.of() : proposal.topics();
        new RejectedInputException.Collector()
                .check(name.length() >= 3 && name.length() <= MAX_NAME, "name", Sentence.of("circles.refusal.nameLength", MAX_NAME))
                .check(!chosenTopics.isEmpty() && chosenTopics.size() <= 3, "topics", Sentence.of("circles.refusal.oneToThreeTopics"))
                .check(topics.ids().containsAll(chosenTopics), "topics", Sentence.of("circles.refusal.topicsFromList"))
                .check(description.length() >= 20 && description.length() <= MAX_TEXT, "description",
                        Sentence.of("circles.refusal.descriptionLength", MAX_TEXT))
                .check(proposal.affinityNetwork() == null || networks.exists(proposal.affinityNetwork()),
                        "affinityNetwork", Sentence.of("circles.refusal.networkFromList"))
                .check(proposal.language() != null && LANGUAGES.containsKey(proposal.language()), "language",
                        Sentence.of("circles.refusal.chooseLanguage"))
                .check(validZone(proposal.timeZone()), "timeZone", Sentence.of("circles.refusal.chooseTimeZone"))
                .check(proposal.meetingMode() != null, "meetingMode", Sentence.of("circles.refusal.chooseMeetingMode"))
                .check(proposal.maxSize() != null && proposal.maxSize() >= MIN_SIZE && proposal.maxSize() <= MAX_SIZE, "maxSize",
                        Sentence.of("circles.refusal.sizeRange", MIN_SIZE, MAX_SIZE))
                .check(proposal.proposerRole() != null, "proposerRole", Sentence.of("circles.refusal.chooseRole"))
                .throwIfAny();
        return proposer;
    }

    private static boolean validZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
