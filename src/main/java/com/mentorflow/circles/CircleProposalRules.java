package com.mentorflow.circles;

import static com.mentorflow.circles.Circles.LANGUAGES;
import static com.mentorflow.circles.Circles.MAX_NAME;
import static com.mentorflow.circles.Circles.MAX_SIZE;
import static com.mentorflow.circles.Circles.MAX_TEXT;
import static com.mentorflow.circles.Circles.MIN_SIZE;

import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.Topics;
import com.mentorflow.platform.RejectedInputException;
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
                .check(name.length() >= 3 && name.length() <= MAX_NAME, "name", "Give the circle a name of 3 to " + MAX_NAME + " characters.")
                .check(!chosenTopics.isEmpty() && chosenTopics.size() <= 3, "topics", "Choose one to three topics.")
                .check(topics.ids().containsAll(chosenTopics), "topics", "Choose topics from the list.")
                .check(description.length() >= 20 && description.length() <= MAX_TEXT, "description",
                        "Describe what the circle is about in 20 to " + MAX_TEXT + " characters.")
                .check(proposal.affinityNetwork() == null || networks.exists(proposal.affinityNetwork()),
                        "affinityNetwork", "Choose a network from the list, or none.")
                .check(proposal.language() != null && LANGUAGES.containsKey(proposal.language()), "language",
                        "Choose the language the circle meets in.")
                .check(validZone(proposal.timeZone()), "timeZone", "Choose the time zone the meetings are planned in.")
                .check(proposal.meetingMode() != null, "meetingMode", "Choose how the circle meets.")
                .check(proposal.maxSize() != null && proposal.maxSize() >= MIN_SIZE && proposal.maxSize() <= MAX_SIZE, "maxSize",
                        "A circle has " + MIN_SIZE + " to " + MAX_SIZE + " people.")
                .check(proposal.proposerRole() != null, "proposerRole", "Choose whether you join as a member or as an advisor.")
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
