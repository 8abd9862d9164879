package com.mentorflow.matching;

import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.Program;
import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What ranking mentors for one mentee needs besides the candidates: the mentee as of now, the program's weights, each
 * mentor's load, whom the mentee asked already and bookmarked, and whose military background the mentee may read of.
 */
@Component
class RankingRequests {

    private final MatchingWeights weights;
    private final MentorLoad load;
    private final Bookmarks bookmarks;
    private final MilitaryVisibility military;
    private final Clock clock;

    RankingRequests(MatchingWeights weights, MentorLoad load, Bookmarks bookmarks, MilitaryVisibility military, Clock clock) {
        this.weights = weights;
        this.load = load;
        this.bookmarks = bookmarks;
        this.military = military;
        this.clock = clock;
    }

    SuggestionEngine.Request of(ParticipantFacts mentee, Program program, int limit) {
        Set<Long> partners = military.partnersOf(mentee.accountId());
        return new SuggestionEngine.Request(Mentee.of(mentee, clock.instant()), program,
                weights.of(program), load::activeMentees, load.alreadyAsked(mentee.accountId()),
                bookmarks.of(mentee.accountId()), limit, mentorFacts -> mentorFacts.militaryVisibleTo(partners.contains(
                        mentorFacts.accountId())));
    }
}
