package com.mentorflow.matching;

import com.mentorflow.matching.MatchRequestMails.Mail;
import com.mentorflow.notify.Letter.Action;
import com.mentorflow.people.Program;

/**
 * The mails of a published cohort ({@code matching.mail.cohort*} of i18n/matching-publish): the pair of a mentorship
 * started at once, the mentee and mentor of a proposed request, and the program manager's summary. Written like
 * {@link MatchRequestMails}, put in the outbox by {@link MatchRequestPost} in each reader's language.
 */
final class CohortMails {

    private static final Action MY_TASKS = new Action("matching.mail.action.myTasks", "/");

    private CohortMails() {
    }

    /** To the mentee of a mentorship started at once. */
    static Mail yourMentor(String mentor, String manager, Program program) {
        return new Mail("cohortYourMentor", MY_TASKS, mentor, manager, program);
    }

    /** To the mentor of a mentorship started at once. */
    static Mail yourMentee(String mentee, String manager, Program program) {
        return new Mail("cohortYourMentee", MY_TASKS, mentee, manager, program);
    }

    /** To the mentee whose proposed mentor was asked; the mentor's own mail is {@link #proposedToMentor}. */
    static Mail mentorAsked(String mentor, String manager, Program program) {
        return new Mail("cohortMentorAsked", null, mentor, manager, program);
    }

    /** The mentor's request mail when a cohort proposed the pair (instead of the mentee's own words). */
    static Mail proposedToMentor(String mentee, String manager, Program program) {
        return new Mail("cohortProposedToMentor", MY_TASKS, mentee, manager, program);
    }

    /** To the program manager who submitted the run, when publishing ends. */
    static Mail published(long runId, Program program, int published, int skipped) {
        return new Mail("cohortPublished", new Action("matching.mail.action.cohort", "/cohorts/" + runId), program,
                published, skipped);
    }
}
