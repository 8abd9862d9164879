package com.mentorflow.matching;

import com.mentorflow.notify.Letter.Action;
import com.mentorflow.people.Program;

/**
 * Every mail a match request sends: one method per mail, with a link to where the reader acts; {@link MatchRequestPost}
 * greets the person and puts it in the mail layout.
 */
final class MatchRequestMails {

    /** @param action where the reader goes next, or null when there is nothing to do */
    record Mail(String subject, String body, Action action) {
    }

    private static final Action MY_TASKS = new Action("Open My tasks", "/");
    private static final Action FIND_A_MENTOR = new Action("Find a mentor", "/mentors");

    private MatchRequestMails() {
    }

    static Mail approvalNeeded(String mentee, String mentor, Program program, String why) {
        return new Mail("Approval needed: " + mentee + " asks " + mentor, mentee + " asked " + mentor
                + " to be their mentor in the " + program.label() + ". It needs your approval because: " + why
                + ".\n\nOpen My tasks in Mentorflow to approve or reject it.\n", MY_TASKS);
    }

    static Mail notApproved(String mentor, String reason) {
        return new Mail("Your request to " + mentor + " was not approved", "A program manager did not approve your request to "
                + mentor + ": " + reason + "\n\nFind a mentor in Mentorflow shows you other suggestions.\n",
                FIND_A_MENTOR);
    }

    static Mail askedToMentor(String mentee, String note) {
        return new Mail(mentee + " would like you as their mentor", mentee + " wrote:\n\n" + note
                + "\n\nOpen My tasks in Mentorflow to accept or decline.\n", MY_TASKS);
    }

    static Mail reminder(String mentee, String expires) {
        return new Mail("Reminder: " + mentee + " is waiting for your answer", mentee + " asked you to be their mentor. "
                + "Please accept or decline in My tasks; the request expires on " + expires + ".\n", MY_TASKS);
    }

    static Mail expired(String mentor) {
        return new Mail("Your request to " + mentor + " expired", mentor + " did not answer in time. Find a mentor in "
                + "Mentorflow shows you other suggestions.\n", FIND_A_MENTOR);
    }

    static Mail withdrawn(String mentee, String reason) {
        return new Mail(mentee + " withdrew their request", "The request from " + mentee + " is closed (" + reason
                + "). Nothing to do.\n", null);
    }

    static Mail declined(String mentor, String reason, String text) {
        return new Mail(mentor + " declined your request", mentor + " declined: " + reason
                + (text == null ? "" : "\n\n" + text) + "\n\nFind a mentor in Mentorflow shows you other suggestions.\n",
                FIND_A_MENTOR);
    }

    static Mail mentorFull(String mentor) {
        return new Mail(mentor + " has no room for another mentee", mentor + " would have accepted your request, but "
                + "all their places are taken now.\n\nFind a mentor in Mentorflow shows you other suggestions.\n",
                FIND_A_MENTOR);
    }

    static Mail yourMentor(String mentor, Program program) {
        return new Mail(mentor + " is your mentor", mentor + " accepted your request. Your " + program.label()
                + " starts now: see My tasks in Mentorflow.\n", MY_TASKS);
    }

    static Mail yourMentee(String mentee) {
        return new Mail("You are now " + mentee + "'s mentor", "You accepted " + mentee
                + "'s request. Your first tasks are in My tasks in Mentorflow.\n", MY_TASKS);
    }
}
