package com.mentorflow.circles;

import com.mentorflow.circles.CircleMembership.Role;
import com.mentorflow.platform.Times;
import java.time.Instant;
import java.time.ZoneId;

/** Every mail the circles module sends, in plain text: one method per mail, times through {@link Times}. */
final class CircleMails {

    record Mail(String subject, String body) {
    }

    private CircleMails() {
    }

    static Mail joinRequested(String person, String circle, Role role, String note) {
        return new Mail(person + " asks to join " + circle, person + " would like to join " + circle + " as "
                + role.label().toLowerCase() + (note.isEmpty() ? "." : ":\n\n" + note)
                + "\n\nOpen My tasks in Mentorflow to approve or decline.\n");
    }

    static Mail joinDeclined(String circle, String why) {
        return new Mail("Your request to join " + circle, "The circle manager of " + circle + " declined your request: " + why
                + "\n\nThe circle directory in Mentorflow lists other circles.\n");
    }

    static Mail welcome(String circle, Role role) {
        return new Mail("Welcome to " + circle, "You are now " + (role == Role.ADVISOR ? "an advisor" : "a member") + " of "
                + circle + ". The circle page in Mentorflow shows who is in it and when it meets.\n");
    }

    static Mail nowManaging(String circle) {
        return new Mail("You now manage " + circle, "You are now the circle manager of " + circle
                + ": approving join requests, publishing and running meetings are in My tasks.\n");
    }

    static Mail openForMembers(String circle) {
        return new Mail(circle + " is open for members", "Your circle " + circle + " is in the circle directory now. "
                + "Approve join requests from My tasks and publish the circle once it has at least " + Circles.MIN_SIZE
                + " people, within " + CirclePlan.PUBLISH_WITHIN_WEEKS + " weeks.\n");
    }

    static Mail started(String circle, int people) {
        return new Mail(circle + " starts", circle + " is published: " + people + " people, six monthly meetings, "
                + "alternating Education and Experience. The first meeting is being planned.\n");
    }

    static Mail continues(String circle, int term) {
        return new Mail(circle + " continues", circle + " continues for six more monthly meetings (term " + term + ").\n");
    }

    static Mail renewalDue(String circle, int term) {
        return new Mail("Continue " + circle + "?", "The term of " + circle + " is over. "
                + (term >= CirclePlan.TERMS_BEFORE_APPROVAL ? "After twelve months disbanding is recommended. " : "")
                + "Members: vote in My tasks within a week whether to continue for six more months or disband; "
                + "the circle manager decides.\n");
    }

    static Mail extensionRefused(String circle, String why) {
        return new Mail(circle + " will disband", "A program manager did not approve a further term for " + circle + ": "
                + why + "\n");
    }

    static Mail disbanded(String circle) {
        return new Mail(circle + " has disbanded", circle + " has disbanded; its page stays readable as an archive. "
                + "Please tell us how it went: a short feedback task is in My tasks.\n");
    }

    static Mail expired(String circle) {
        return new Mail(circle + " has expired", circle + " was not published within " + CirclePlan.PUBLISH_WITHIN_WEEKS
                + " weeks of its proposal and has expired. Anyone may propose a new circle.\n");
    }

    static Mail cancelled(String circle, String reason) {
        return new Mail(circle + " was cancelled", circle + " was cancelled: " + reason + "\n");
    }

    /** The subject of the invitation mail and of the calendar entry. */
    static String meetingSubject(String circle, int number, CircleMeetingKind kind, String topic) {
        return circle + " meeting " + number + " (" + kind.label() + "): " + topic;
    }

    /** What the calendar entry says about the meeting. */
    static String meetingDescription(CircleMeetingKind kind) {
        return kind.label() + " meeting: " + kind.explanation() + ".";
    }

    /** The time in the reader's zone, the circle's clock beside it when it reads differently. */
    static Mail meetingInvitation(String subject, int number, Times reader, Instant at, ZoneId circleZone,
                                  int durationMinutes, String where) {
        return new Mail(subject, "Circle meeting " + number + " is on " + reader.dateTime(at, circleZone) + " ("
                + durationMinutes + " minutes), " + where + ". The invitation is attached.\n");
    }
}
