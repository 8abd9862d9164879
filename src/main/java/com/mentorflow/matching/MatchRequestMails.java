package com.mentorflow.matching;

import com.mentorflow.notify.Letter.Action;
import com.mentorflow.people.Program;

/**
 * Every mail a match request sends: one method per mail, with a link to where the reader acts; {@link MatchRequestPost}
 * writes it in the reader's language ({@code matching.mail.<name>.subject} and {@code .body} of i18n/matching), greets
 * the person and puts it in the mail layout.
 */
final class MatchRequestMails {

    /**
     * @param name   the mail's part of its text keys
     * @param action where the reader goes next (its label a text key), or null when there is nothing to do
     * @param args   what the texts fill in, the same for subject and body; a {@link Program} reads in the reader's language
     */
    record Mail(String name, Action action, Object... args) {

        String subjectKey() {
            return "matching.mail." + name + ".subject";
        }

        String bodyKey() {
            return "matching.mail." + name + ".body";
        }
    }

    private static final Action MY_TASKS = new Action("matching.mail.action.myTasks", "/");
    private static final Action FIND_A_MENTOR = new Action("matching.mail.action.findAMentor", "/mentors");

    private MatchRequestMails() {
    }

    static Mail approvalNeeded(String mentee, String mentor, Program program, String why) {
        return new Mail("approvalNeeded", MY_TASKS, mentee, mentor, program, why);
    }

    static Mail notApproved(String mentor, String reason) {
        return new Mail("notApproved", FIND_A_MENTOR, mentor, reason);
    }

    static Mail askedToMentor(String mentee, String note) {
        return new Mail("askedToMentor", MY_TASKS, mentee, note);
    }

    static Mail reminder(String mentee, String expires) {
        return new Mail("reminder", MY_TASKS, mentee, expires);
    }

    static Mail expired(String mentor) {
        return new Mail("expired", FIND_A_MENTOR, mentor);
    }

    static Mail withdrawn(String mentee, String reason) {
        return new Mail("withdrawn", null, mentee, reason);
    }

    static Mail declined(String mentor, String reason, String text) {
        // The mentor's own words are a paragraph of their own, or nothing.
        return new Mail("declined", FIND_A_MENTOR, mentor, reason, text == null ? "" : "\n\n" + text);
    }

    static Mail mentorFull(String mentor) {
        return new Mail("mentorFull", FIND_A_MENTOR, mentor);
    }

    static Mail yourMentor(String mentor, Program program) {
        return new Mail("yourMentor", MY_TASKS, mentor, program);
    }

    static Mail yourMentee(String mentee) {
        return new Mail("yourMentee", MY_TASKS, mentee);
    }

    /** To the mentee whose mentor left while the request was open. */
    static Mail mentorLeft(String mentor) {
        return new Mail("mentorLeft", FIND_A_MENTOR, mentor);
    }
}
