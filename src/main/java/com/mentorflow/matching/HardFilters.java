package com.mentorflow.matching;

import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.Program;
import java.util.Set;
import java.util.function.LongToIntFunction;

/**
 * The "musts": a mentor who fails one is never suggested, whatever their score. Checked before scoring.
 */
final class HardFilters {

    private HardFilters() {
    }

    /**
     * @param activeMentees how many mentees a mentor has now
     * @param alreadyAsked  mentors this mentee has an open or declined request with
     * @return why the mentor is left out, or null when they may be suggested
     */
    static String whyExcluded(Mentee mentee, MentorCandidate mentor, Program program, LongToIntFunction activeMentees,
                              Set<Long> alreadyAsked) {
        ParticipantFacts me = mentee.facts();
        ParticipantFacts them = mentor.facts();
        if (them.accountId() == me.accountId()) {
            return "is you";
        }
        if (!them.active()) {
            return "is not active";
        }
        if (!them.wantsMentor()) {
            return "does not mentor";
        }
        if (!them.acceptingRequests()) {
            return "is not accepting requests";
        }
        if (activeMentees.applyAsInt(them.accountId()) >= them.mentorCapacity()) {
            return "has no capacity left";
        }
        if (!them.programs().contains(program)) {
            return "is not in this program";
        }
        if (alreadyAsked.contains(them.accountId())) {
            return "was already asked";
        }
        if (program == Program.NEW_HIRE) {
            if (them.site() == null || them.site().equalsIgnoreCase(String.valueOf(me.site()))) {
                return "works at your site";
            }
            if (them.level() == null || me.level() == null || them.level() < me.level() + 1) {
                return "is not at least one level above you";
            }
        }
        return null;
    }
}
