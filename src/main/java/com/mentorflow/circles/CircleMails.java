package com.mentorflow.circles;

import com.mentorflow.circles.CircleMembership.Role;
import com.mentorflow.notify.Letter.Action;
import com.mentorflow.platform.Times;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Every mail the circles module sends: one method per mail, with a link to where the reader acts; times through
 * {@link Times}. {@link CirclePost} puts it in the mail layout.
 */
final class CircleMails {

    /** @param action where the reader goes next, or null */
    record Mail(String subject, String body, Action action) {
    }

    private static final Action MY_TASKS = new Action("Open My tasks", "/");
    private static final Action DIRECTORY = new Action("Open the circle directory", "/circles");

    private CircleMails() {
    }

    private static Action page(Circle circle) {
        return new Action("Open the circle page", "/circle/" + circle.getId());
    }

    static Mail joinRequested(String person, Circle circle, Role role, String note) {
        String name = circle.getName();
        return new Mail(person + " asks to join " + name, person + " would like to join " + name + " as "
                + role.label().toLowerCase() + (note.isEmpty() ? "." : ":\n\n" + note)
                + "\n\nOpen My tasks in Mentorflow to approve or decline.\n", MY_TASKS);
    }

    static Mail joinDeclined(Circle circle, String why) {
        return new Mail("Your request to join " + circle.getName(), "The circle manager of " + circle.getName()
                + " declined your request: " + why + "\n\nThe circle directory in Mentorflow lists other circles.\n", DIRECTORY);
    }

    static Mail welcome(Circle circle, Role role) {
        return new Mail("Welcome to " + circle.getName(), "You are now " + (role == Role.ADVISOR ? "an advisor" : "a member")
                + " of " + circle.getName() + ". The circle page in Mentorflow shows who is in it and when it meets.\n",
                page(circle));
    }

    static Mail nowManaging(Circle circle) {
        return new Mail("You now manage " + circle.getName(), "You are now the circle manager of " + circle.getName()
                + ": approving join requests, publishing and running meetings are in My tasks.\n", MY_TASKS);
    }

    static Mail openForMembers(Circle circle) {
        return new Mail(circle.getName() + " is open for members", "Your circle " + circle.getName() + " is in the circle "
                + "directory now. Approve join requests from My tasks and publish the circle once it has at least "
                + Circles.MIN_SIZE + " people, within " + CirclePlan.PUBLISH_WITHIN_WEEKS + " weeks.\n", MY_TASKS);
    }

    static Mail started(Circle circle, int people) {
        return new Mail(circle.getName() + " starts", circle.getName() + " is published: " + people + " people, six monthly "
                + "meetings, alternating Education and Experience. The first meeting is being planned.\n", page(circle));
    }

    static Mail continues(Circle circle, int term) {
        return new Mail(circle.getName() + " continues", circle.getName() + " continues for six more monthly meetings (term "
                + term + ").\n", page(circle));
    }

    static Mail renewalDue(Circle circle, int term) {
        return new Mail("Continue " + circle.getName() + "?", "The term of " + circle.getName() + " is over. "
                + (term >= CirclePlan.TERMS_BEFORE_APPROVAL ? "After twelve months disbanding is recommended. " : "")
                + "Members: vote in My tasks within a week whether to continue for six more months or disband; "
                + "the circle manager decides.\n", MY_TASKS);
    }

    static Mail extensionRefused(Circle circle, String why) {
        return new Mail(circle.getName() + " will disband", "A program manager did not approve a further term for "
                + circle.getName() + ": " + why + "\n", page(circle));
    }

    static Mail disbanded(Circle circle) {
        return new Mail(circle.getName() + " has disbanded", circle.getName() + " has disbanded; its page stays readable as "
                + "an archive. Please tell us how it went: a short feedback task is in My tasks.\n", MY_TASKS);
    }

    static Mail expired(Circle circle) {
        return new Mail(circle.getName() + " has expired", circle.getName() + " was not published within "
                + CirclePlan.PUBLISH_WITHIN_WEEKS + " weeks of its proposal and has expired. Anyone may propose a new "
                + "circle.\n", DIRECTORY);
    }

    static Mail cancelled(Circle circle, String reason) {
        return new Mail(circle.getName() + " was cancelled", circle.getName() + " was cancelled: " + reason + "\n",
                page(circle));
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
    static Mail meetingInvitation(Circle circle, String subject, int number, Times reader, Instant at, ZoneId circleZone,
                                  int durationMinutes, String where) {
        return new Mail(subject, "Circle meeting " + number + " is on " + reader.dateTime(at, circleZone) + " ("
                + durationMinutes + " minutes), " + where + ". The invitation is attached.\n", page(circle));
    }
}
