package com.mentorflow.matching;

import com.mentorflow.people.Program;

/** Every mail a match request sends, in plain text: one method per mail; {@link MatchRequestPost} greets the person. */
final class MatchRequestMails {

    record Mail(String subject, String body) {
    }

    private MatchRequestMails() {
    }

    static Mail approvalNeeded(String mentee, String mentor, Program program, String why) {
        return new Mail("Approval needed: " + mentee + " asks " + mentor, mentee + " asked " + mentor
                + " to be their mentor in the " + program.label() + ". It needs your approval because: " + why
                + ".\n\nOpen My tasks in Mentorflow to approve or reject it.\n");
    }

    static Mail notApproved(String mentor, String reason) {
        return new Mail("Your request to " + mentor + " was not approved", "A program manager did not approve your request to "
                + mentor + ": " + reason + "\n\nFind a mentor in Mentorflow shows you other suggestions.\n");
    }

    static Mail askedToMentor(String mentee, String note) {
        return new Mail(mentee + " would like you as their mentor", mentee + " wrote:\n\n" + note
                + "\n\nOpen My tasks in Mentorflow to accept or decline.\n");
    }

    static Mail reminder(String mentee, String expires) {
        return new Mail("Reminder: " + mentee + " is waiting for your answer", mentee + " asked you to be their mentor. "
                + "Please accept or decline in My tasks; the request expires on " + expires + ".\n");
    }

    static Mail expired(String mentor) {
        return new Mail("Your request to " + mentor + " expired", mentor + " did not answer in time. Find a mentor in "
                + "Mentorflow shows you other suggestions.\n");
    }

    static Mail withdrawn(String mentee, String reason) {
        return new Mail(mentee + " withdrew their request", "The request from " + mentee + " is closed (" + reason
                + "). Nothing to do.\n");
    }

    static Mail declined(String mentor, String reason, String text) {
        return new Mail(mentor + " declined your request", mentor + " declined: " + reason
                + (text == null ? "" : "\n\n" + text) + "\n\nFind a mentor in Mentorflow shows you other suggestions.\n");
    }

    static Mail mentorFull(String mentor) {
        return new Mail(mentor + " has no room for another mentee", mentor + " would have accepted your request, but "
                + "all their places are taken now.\n\nFind a mentor in Mentorflow shows you other suggestions.\n");
    }

    static Mail yourMentor(String mentor, Program program) {
        return new Mail(mentor + " is your mentor", mentor + " accepted your request. Your " + program.label()
                + " starts now: see My tasks in Mentorflow.\n");
    }

    static Mail yourMentee(String mentee) {
        return new Mail("You are now " + mentee + "'s mentor", "You accepted " + mentee
                + "'s request. Your first tasks are in My tasks in Mentorflow.\n");
    }
}
