package com.mentorflow.matching;

import com.mentorflow.people.Program;

/** Published in the accepting transaction; the journey module starts the mentorship's own process from it. */
public record MentorshipStarted(long mentorshipId, long menteeAccountId, long mentorAccountId, Program program,
                                int lengthMonths) {
}
