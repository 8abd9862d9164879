package com.mentorflow.matching;

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
        String why = whyExcludedBesidesCapacity(mentee, mentor, program, alreadyAsked);
        if (why != null) {
            return why;
        }
        if (activeMentees.applyAsInt(mentor.accountId) >= mentor.capacity) {
            return "has no capacity left";
        }
        return null;
    }

    /**
     * The musts that do not depend on how many mentees a mentor has now: a cohort shares capacity out among its
     * mentees itself, and must tell "no mentor passes" from "capacity used up".
     */
    static String whyExcludedBesidesCapacity(Mentee mentee, MentorCandidate mentor, Program program, Set<Long> alreadyAsked) {
        MentorCandidate me = mentee.encoded();
        if (mentor.accountId == me.accountId) {
            return "is you";
        }
        if (!mentor.active) {
            return "is not active";
        }
        if (!mentor.wantsMentor) {
            return "does not mentor";
        }
        if (!mentor.acceptingRequests) {
            return "is not accepting requests";
        }
        if (!mentor.inProgram(program)) {
            return "is not in this program";
        }
        if (program == Program.NEW_HIRE) {
            if (mentor.site == Codes.UNKNOWN || mentor.site == me.site) {
                return "works at your site";
            }
            if (mentor.level == Codes.UNKNOWN || me.level == Codes.UNKNOWN || mentor.level < me.level + 1) {
                return "is not at least one level above you";
            }
        }
        if (!alreadyAsked.isEmpty() && alreadyAsked.contains(mentor.accountId)) {
            return "was already asked";
        }
        return null;
    }
}
